package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.cpr.NoCpr;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A new course: its lessons and questions in order; options and correct options are numbered from 1. */
record CourseRequest(
        @NotNull @Pattern(regexp = "common|" + MemberCode.PATTERN, message = "must be 'common' or a member code")
        String owner,

        @NotBlank @Size(max = 200) @SingleLine @NoCpr String title,
        @NotBlank @Size(max = 5000) @NoCpr String description,

        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be a name like HEALTH_APPS")
        String competency,

        @NotNull @Min(1) @Max(100) Integer passThreshold,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull LessonRequest> lessons,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull QuestionRequest> questions) {

    Owner toOwner() {
        return Owner.parse(owner);
    }

    CourseContent toContent() {
        return new CourseContent(
                title.strip(),
                description,
                competency,
                passThreshold,
                lessons.stream().map(LessonRequest::toLesson).toList(),
                questions.stream().map(QuestionRequest::toQuestion).toList());
    }

    record LessonRequest(
            @NotBlank @Size(max = 200) @SingleLine @NoCpr String title,
            @NotBlank @Size(max = 50_000) @NoCpr String text,
            @Size(max = 20) List<@NotNull UUID> guides) {

        Lesson toLesson() {
            return new Lesson(title.strip(), text, guides);
        }
    }

    record QuestionRequest(
            @NotBlank @Size(max = 1000) @NoCpr String text,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 500) @SingleLine @NoCpr String> options,
            @NotEmpty Set<@NotNull Integer> correct) {

        Question toQuestion() {
            return new Question(text.strip(), options, new TreeSet<>(correct));
        }
    }
}
