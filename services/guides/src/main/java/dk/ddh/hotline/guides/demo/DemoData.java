package dk.ddh.hotline.guides.demo;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.guides.course.Course;
import dk.ddh.hotline.guides.course.CourseService;
import dk.ddh.hotline.guides.guide.Checklist;
import dk.ddh.hotline.guides.guide.Guide;
import dk.ddh.hotline.guides.guide.GuideService;
import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.guides.membership.KnownMember;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.support.demo.DemoLoad;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo knowledge base ({@code demo/guides.yml}): common, region and municipal guides in every workflow state, and
 * the published e-learning course on the health apps ({@code demo/courses.yml}) linking them. The members it needs are
 * seeded as of the epoch, so membership's real events overwrite them. Goes through the domain services, so published
 * guides are announced like any other. Loads once: does nothing when guides exist.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Demo users of the identity service: DDH's admin reviews; the others write. */
    private static final String REVIEWER = "admin.ddh";

    /** Region Sjælland and its municipalities, as in membership's demo/members.yml (a test checks it). */
    static final Map<String, String> REGION_SJAELLAND = new LinkedHashMap<>();

    static {
        REGION_SJAELLAND.put("1085", "Region Sjælland");
        REGION_SJAELLAND.put("253", "Greve Kommune");
        REGION_SJAELLAND.put("259", "Køge Kommune");
        REGION_SJAELLAND.put("265", "Roskilde Kommune");
        REGION_SJAELLAND.put("269", "Solrød Kommune");
        REGION_SJAELLAND.put("306", "Odsherred Kommune");
        REGION_SJAELLAND.put("316", "Holbæk Kommune");
        REGION_SJAELLAND.put("320", "Faxe Kommune");
        REGION_SJAELLAND.put("326", "Kalundborg Kommune");
        REGION_SJAELLAND.put("329", "Ringsted Kommune");
        REGION_SJAELLAND.put("330", "Slagelse Kommune");
        REGION_SJAELLAND.put("336", "Stevns Kommune");
        REGION_SJAELLAND.put("340", "Sorø Kommune");
        REGION_SJAELLAND.put("350", "Lejre Kommune");
        REGION_SJAELLAND.put("360", "Lolland Kommune");
        REGION_SJAELLAND.put("370", "Næstved Kommune");
        REGION_SJAELLAND.put("376", "Guldborgsund Kommune");
        REGION_SJAELLAND.put("390", "Vordingborg Kommune");
    }

    private final GuideService guides;
    private final CourseService courses;
    private final Checklist checklist;
    private final KnownMemberService members;
    private final DemoLoad demo;
    private final JsonMapper json;

    DemoData(
            GuideService guides,
            CourseService courses,
            Checklist checklist,
            KnownMemberService members,
            DemoLoad demo,
            JsonMapper json) {
        this.guides = guides;
        this.courses = courses;
        this.checklist = checklist;
        this.members = members;
        this.demo = demo;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.once("demo guides", guides::anyWritten, () -> {
            REGION_SJAELLAND.forEach((code, name) ->
                    members.remember(new KnownMember(code, name, kindOf(code), MemberStatus.ACTIVE), Instant.EPOCH));
            DemoGuide.File file = read("demo/guides.yml", DemoGuide.File.class);
            Map<String, UUID> guideIds = new HashMap<>();
            file.guides().forEach(demo -> guideIds.put(demo.title(), load(demo).id()));
            DemoCourse.File demoCourses = read("demo/courses.yml", DemoCourse.File.class);
            demoCourses.courses().forEach(course -> load(course, guideIds));
            log.info(
                    "Demo guides loaded: {}, courses: {}",
                    file.guides().size(),
                    demoCourses.courses().size());
        });
    }

    private Guide load(DemoGuide demo) {
        Owner owner = Owner.parse(demo.owner());
        String author = authorOf(owner);
        Guide guide = guides.write(owner, demo.content(demo.body()), author);
        if (demo.state().equals("DRAFT")) {
            return guide;
        }
        guides.submit(guide.id(), 1);
        if (demo.state().equals("IN_REVIEW")) {
            return guide;
        }
        guides.approve(guide.id(), 1, REVIEWER, everyChecklistItem(), "Demo: godkendt efter DDH's tjekliste");
        if (demo.state().equals("ARCHIVED")) {
            guides.archive(guide.id());
        } else if (demo.state().equals("PUBLISHED_WITH_DRAFT")) {
            guides.edit(guide.id(), demo.content(demo.draft()), author, 1);
        }
        return guide;
    }

    private void load(DemoCourse demo, Map<String, UUID> guideIds) {
        Owner owner = Owner.parse(demo.owner());
        Course course = courses.write(owner, demo.content(guideIds), authorOf(owner));
        courses.publish(course.id());
    }

    private static String authorOf(Owner owner) {
        return switch (owner.toString()) {
            case Owner.COMMON -> "redaktoer.ddh";
            case "1085" -> "admin.region";
            case "253" -> "admin.greve";
            case "259" -> "admin.koege";
            default -> "redaktoer." + owner;
        };
    }

    private Set<String> everyChecklistItem() {
        Set<String> ids = new TreeSet<>();
        checklist.items().forEach(item -> ids.add(item.id()));
        return ids;
    }

    /** Regions have four-digit codes, municipalities three. */
    static MemberKind kindOf(String code) {
        return code.length() == 4 ? MemberKind.REGION : MemberKind.MUNICIPALITY;
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Object yaml = new Yaml().load(in);
            return json.convertValue(yaml, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
