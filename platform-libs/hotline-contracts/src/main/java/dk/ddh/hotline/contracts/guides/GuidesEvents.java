package dk.ddh.hotline.contracts.guides;

import dk.ddh.hotline.contracts.EventType;

/** The events the guides service publishes on {@link dk.ddh.hotline.contracts.Exchanges#GUIDES}. */
public final class GuidesEvents {

    public static final String SOURCE = "/hotline/guides";

    /** A reviewed revision went live, replacing the one before it. */
    public static final EventType<GuidePublished> GUIDE_PUBLISHED =
            new EventType<>("guide.published", 1, GuidePublished.class);
    /** An agent passed an e-learning course and holds its competency. */
    public static final EventType<TrainingCompleted> TRAINING_COMPLETED =
            new EventType<>("training.completed", 1, TrainingCompleted.class);

    private GuidesEvents() {}
}
