package dk.ddh.hotline.guides;

import static dk.ddh.hotline.guides.GuideSteps.ddhAdmin;
import static dk.ddh.hotline.guides.GuideSteps.guide;
import static dk.ddh.hotline.guides.GuideSteps.memberAdmin;
import static dk.ddh.hotline.guides.GuideSteps.regionAdmin;

import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.TestHttp;

/** A small knowledge base to search: common, region and municipal guides, for agents and citizens, and one draft. */
public record SearchFixture(
        String mitIdReset,
        String digitalPost,
        String moving,
        String minSpBooking,
        String greveMoving,
        String koegeMoving,
        String draft) {

    public static SearchFixture publish(TestHttp api, KnownMemberService members) {
        GuideSteps.know(members, "253", "259", "1085");
        GuideSteps steps = new GuideSteps(api);
        String ddh = ddhAdmin("ddh-author");
        String reviewer = ddhAdmin("ddh-reviewer");
        String mitId =
                steps.publish(ddh, reviewer, guide("common", "Nulstil adgangskode til MitID", """
                Formål: borgeren har glemt sin adgangskode.
                1. Forklar at nulstilling sker i MitID-appen.
                2. Vælg "Glemt adgangskode" og følg trinene.""", "AGENT", "MitID"));
        String post = steps.publish(
                ddh, reviewer, guide("common", "Første login i Digital Post", """
                Formål: borgeren skal læse sin post for første gang.
                1. Hent appen Digital Post.
                2. Log ind med MitID.
                Efter en flytning kommer posten stadig frem.""", "CITIZEN", "Digital Post"));
        String moving =
                steps.publish(ddh, reviewer, guide("common", "Flytning på borger.dk", """
                Formål: borgeren skal anmelde sin flytning.
                1. Gå til borger.dk og vælg Flytning.
                2. Anmeld flytningen senest fem dage efter.
                3. Er gebyret < 100 kr & betalt, gem kvitteringen.""", "CITIZEN", "borger.dk"));
        String minSp = steps.publish(
                regionAdmin("region-author"),
                regionAdmin("region-reviewer"),
                guide("1085", "Booking i MinSundhedsplatform", """
                1. Åbn MinSundhedsplatform.
                2. Vælg Aftaler og book en tid på hospitalet.""", "AGENT", "MinSundhedsplatform"));
        String greve = steps.publish(
                memberAdmin("253", "greve-author"),
                reviewer,
                guide("253", "Greve: flytning og affald", """
                Ved flytning i Greve skal borgeren også bestille ny affaldsordning.""", "AGENT", "Greve affald"));
        String koege = steps.publish(
                memberAdmin("259", "koege-author"),
                reviewer,
                guide("259", "Køge: flytning og parkering", """
                Ved flytning i Køge skal borgeren søge ny beboerlicens.""", "AGENT", "Køge parkering"));
        String draft = api.post(
                        ddh,
                        "/guides",
                        guide("common", "Flytning til udlandet", "Flytning og udrejse.", "CITIZEN", "borger.dk"))
                .body()
                .path("guideId")
                .asString();
        return new SearchFixture(mitId, post, moving, minSp, greve, koege, draft);
    }
}
