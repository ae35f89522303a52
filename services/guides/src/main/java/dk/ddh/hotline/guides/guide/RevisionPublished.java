package dk.ddh.hotline.guides.guide;

import java.util.UUID;

/** Inside the service: a revision went live (listeners run in the publishing transaction). */
public record RevisionPublished(UUID guideId, int revision, Owner owner, GuideContent content) {}
