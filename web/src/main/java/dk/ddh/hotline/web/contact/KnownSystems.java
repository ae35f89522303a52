package dk.ddh.hotline.web.contact;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The public systems citizens call about, offered as choices in the wrap-up (the guides' known systems). */
@ConfigurationProperties("hotline.web.known-systems")
public record KnownSystems(
        @DefaultValue({
            "MitID",
            "Digital Post",
            "borger.dk",
            "Min Sundhed",
            "MinSundhedsplatform",
            "Min Læge",
            "Skat",
            "sundhed.dk",
            "Medicinkortet",
            "Sundhedsjournalen"
        })
        List<String> names) {}
