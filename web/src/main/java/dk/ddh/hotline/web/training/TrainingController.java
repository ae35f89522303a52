package dk.ddh.hotline.web.training;

import dk.ddh.hotline.web.api.ApiProblem;
import dk.ddh.hotline.web.api.HotlineApi;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Min uddannelse": the agent's courses and competencies, taking a course's quiz and seeing the result. */
@Controller
class TrainingController {

    private static final String GUIDES = "guides";
    private static final String API = "/api/guides/v1";

    private final HotlineApi api;

    TrainingController(HotlineApi api) {
        this.api = api;
    }

    @GetMapping("/konsol/uddannelse")
    String overview(Model model) {
        Training.Progress progress =
                api.get(GUIDES, uri -> uri.path(API + "/training/me").build(), Training.Progress.class);
        Training.Courses courses = api.get(
                GUIDES,
                uri -> uri.path(API + "/courses")
                        .queryParam("status", "PUBLISHED")
                        .queryParam("size", 50)
                        .build(),
                Training.Courses.class);
        Map<String, Training.CourseProgress> byCourse = progress.courses().stream()
                .collect(Collectors.toMap(Training.CourseProgress::courseId, course -> course, (a, b) -> a));
        model.addAttribute("courses", courses.items());
        model.addAttribute("progress", byCourse);
        model.addAttribute("competencies", progress.competencies());
        return "training/overview";
    }

    /** Starts an attempt, or goes on with the one in progress. */
    @PostMapping("/konsol/uddannelse/kurser/{courseId}/forsoeg")
    String start(@PathVariable String courseId) {
        try {
            Training.Attempt started = api.post(
                    GUIDES,
                    uri -> uri.path(API + "/courses/{id}/attempts").build(courseId),
                    null,
                    Training.Attempt.class);
            return "redirect:/konsol/uddannelse/forsoeg/" + started.attemptId();
        } catch (ApiProblem refused) {
            if (!"attempt-in-progress".equals(refused.type())) {
                throw refused;
            }
            Training.Progress progress =
                    api.get(GUIDES, uri -> uri.path(API + "/training/me").build(), Training.Progress.class);
            return progress.courses().stream()
                    .filter(course -> course.courseId().equals(courseId) && course.openAttempt() != null)
                    .findFirst()
                    .map(course -> "redirect:/konsol/uddannelse/forsoeg/" + course.openAttempt())
                    .orElseThrow(() -> refused);
        }
    }

    @GetMapping("/konsol/uddannelse/forsoeg/{attemptId}")
    String attempt(@PathVariable String attemptId, Model model) {
        Training.Attempt attempt = attempt(attemptId);
        model.addAttribute("attempt", attempt);
        model.addAttribute(
                "course",
                api.get(
                        GUIDES,
                        uri -> uri.path(API + "/courses/{id}").build(attempt.courseId()),
                        Training.CourseContent.class));
        return attempt.result() == null ? "training/quiz" : "training/result";
    }

    /** Records every answer not given yet, then submits: the quiz is answered on one page. */
    @PostMapping("/konsol/uddannelse/forsoeg/{attemptId}")
    String answer(@PathVariable String attemptId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Training.Attempt attempt = attempt(attemptId);
        List<Integer> unanswered = attempt.questions().stream()
                .filter(question -> !question.answered())
                .filter(question -> chosen(form, question.number()).isEmpty())
                .map(Training.Question::number)
                .toList();
        if (!unanswered.isEmpty()) {
            model.addAttribute("attempt", attempt);
            model.addAttribute("unanswered", unanswered);
            model.addAttribute(
                    "course",
                    api.get(
                            GUIDES,
                            uri -> uri.path(API + "/courses/{id}").build(attempt.courseId()),
                            Training.CourseContent.class));
            return "training/quiz";
        }
        for (Training.Question question : attempt.questions()) {
            if (!question.answered()) {
                api.post(
                        GUIDES,
                        uri -> uri.path(API + "/attempts/{id}/answers").build(attemptId),
                        Map.of("question", question.number(), "options", chosen(form, question.number())),
                        Training.Attempt.class);
            }
        }
        api.post(GUIDES, uri -> uri.path(API + "/attempts/{id}/submit").build(attemptId), null, Training.Attempt.class);
        return "redirect:/konsol/uddannelse/forsoeg/" + attemptId;
    }

    private Training.Attempt attempt(String attemptId) {
        return api.get(GUIDES, uri -> uri.path(API + "/attempts/{id}").build(attemptId), Training.Attempt.class);
    }

    private static Set<Integer> chosen(MultiValueMap<String, String> form, int question) {
        return form.getOrDefault("q" + question, List.of()).stream()
                .filter(option -> option.matches("[0-9]{1,2}"))
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
