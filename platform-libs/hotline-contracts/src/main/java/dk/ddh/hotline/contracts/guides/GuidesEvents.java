package dk.ddh.hotline.contracts.guides;

import dk.ddh.hotline.contracts.EventType;

/** The events the guides service publishes on {@link dk.ddh.hotline.contracts.Exchanges#GUIDES}. */
public final class GuidesEvents {

    public static final String SOURCE = "/hotline/guides";

    /** Data: {@link GuidePublished}: a reviewed revision went live, replacing the one before it. */
    public static final EventType GUIDE_PUBLISHED = new EventType("guide.published", 1);
    /** Data: {@link TrainingCompleted}: an agent passed an e-learning course and holds its competency. */
    public static final EventType TRAINING_COMPLETED = new EventType("training.completed", 1);

    private GuidesEvents() {}
}
