package dk.ddh.hotline.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service's refusal shown in Danish where the person acted: as a fragment for the page's own requests (htmx), as a
 * page otherwise. The status stays the service's, so nothing that failed looks like success.
 */
@ControllerAdvice
class ProblemPages {

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletRequest request) {
        boolean fragment = request.getHeader("HX-Request") != null;
        return new ModelAndView(
                fragment ? "problem :: problem" : "problem-page",
                Map.of("message", danish(problem), "status", problem.status()),
                HttpStatus.valueOf(problem.status()));
    }

    static String danish(ApiProblem problem) {
        return switch (problem.status()) {
            case 400 -> "Oplysningerne blev afvist: " + String.join(", ", problem.fields()) + ".";
            case 401 -> "Din session er udløbet. Log ind igen.";
            case 403 ->
                "Du har ikke adgang til dette. Det hører til et andet medlem, eller din rolle giver ikke adgang.";
            case 404 -> "Det findes ikke, eller det er ikke offentliggjort.";
            case 409 -> conflict(problem.type());
            case 429 -> "Der er sendt for mange forespørgsler. Vent et øjeblik, og prøv igen.";
            default -> "Tjenesten svarer ikke lige nu. Prøv igen om lidt.";
        };
    }

    private static String conflict(String type) {
        return switch (type) {
            case "contact-closed" -> "Kontakten er allerede registreret.";
            case "contact-not-ended" -> "Samtalen er ikke afsluttet endnu.";
            default -> "Det kunne ikke gemmes, fordi det er ændret i mellemtiden. Genindlæs siden.";
        };
    }
}
