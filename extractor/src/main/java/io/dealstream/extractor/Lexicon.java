package io.dealstream.extractor;

import java.util.Arrays;
import java.util.Set;

/** Word lists the rules share. All entries are lower case. */
final class Lexicon {

    private Lexicon() {
    }

    static Set<String> words(String spaceSeparated) {
        return Set.copyOf(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    /** Words that start sentences or headlines in capitals without being names. */
    static final Set<String> FUNCTION_WORDS = words("""
            the a an this that these those it its it's they their them we our us he his him she her i you your
            in on at for with but and or nor as after before while when since under over by from to of into onto
            according earlier later last next today yesterday tomorrow meanwhile however also now then here there
            some many most all both each other such what who whom which where why how if so not no yes still just
            only even already once twice separately additionally further furthermore moreover finally first second
            third overall together instead indeed perhaps although though because despite including through during
            among between within without against about around upon unlike like given following based founded
            headquartered launched started new another one two three four five six seven eight nine ten more less
            few several any every either neither much very too well back there's here's let's what's that's
            shares terms financial details investors sources analysts people officials executives under current
            former existing previous recent its existing plus per via amid across toward towards beyond behind
            above below near off out up down again ever never always often sometimes usually currently recently
            today's yesterday's this year's last year's note editor's update updated read see click
            subscribe sign log share follow photo image video source via but whether while whereas thus hence
            therefore otherwise anyway besides likewise similarly specifically notably importantly interestingly
            alongside following ahead beside inside outside throughout until unless yet did do does done doing be
            been being is are was were has have had having will would shall should can could may might must
            said says say told tells reported reports announced announces added adds noted notes explained
            wrote writes declined confirmed""");

    static final Set<String> MONTHS = words("""
            january february march april may june july august september october november december jan feb mar apr
            jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""");

    /** Job titles and honorifics that are capitalised before names. */
    static final Set<String> TITLES = words("""
            ceo cfo cto coo cmo cio cso president chairman chairwoman chairperson chair vice founder co-founder
            cofounder chief executive officer director managing partner general principal analyst mr mrs ms dr
            sir lord dame prof professor senator governor minister secretary head lead leader spokesman
            spokeswoman spokesperson treasurer counsel attorney judge deputy associate senior junior md evp svp""");

    /** Capitalised acronyms and words that are not company names on their own. */
    static final Set<String> NOT_NAMES = words("""
            ai ml it iot saas paas api apis ipo ipos ico icos ceo cfo cto coo vc vcs pe m&a r&d ar vr xr ev evs
            gdp us u.s. u.s u.k. uk eu usa un gmt est pst et am pm q1 q2 q3 q4 h1 h2 fy inc corp ltd llc plc co
            series round seed funding financing acquisition merger deal deals agreement company companies startup
            startups firm group the news update breaking exclusive report reports sources source analysis
            opinion video photo watch listen read subscribe newsletter editor editors note notes press release
            wire business markets market technology tech startups nasdaq nyse stock stocks shares share dow
            ebitda arr mrr kpi cagr eps roi b2b b2c d2c dtc crm erp hr esg csr sec ftc doj fda cfius hsr
            reuters techcrunch bloomberg cnbc wsj pitchbook crunchbase dealogic refinitiv forbes axios
            shareholder shareholders approval option
            globes prnewswire newswire businesswire globenewswire marketwatch barron's barrons""");

    /** Words of public bodies: a regulator approves deals, it is never a party to one. */
    static final Set<String> PUBLIC_BODY_WORDS = words("""
            commission ministry department court agency authority authorities government regulator regulators
            tribunal parliament congress senate treasury""");

    /** Outlets and data providers: named in articles but never a deal's party. */
    static final Set<String> MEDIA = words("""
            reuters techcrunch bloomberg cnbc wsj pitchbook crunchbase dealogic refinitiv forbes axios globes
            prnewswire businesswire globenewswire marketwatch barron's barrons ft information semafor""");

    /** Words that make a capitalised span an organisation. */
    static final Set<String> ORG_WORDS = words("""
            inc inc. incorporated corp corp. corporation co co. company cos ltd ltd. limited llc l.l.c. plc lp l.p.
            llp group holdings holding ag sa s.a. nv n.v. bv b.v. gmbh se spa s.p.a. ab asa oy kk pte pty bhd
            srl sarl kgaa capital ventures venture partners partnership fund funds investments investment
            management advisors advisers associates equity securities bank bancorp bancshares banking financial
            finance trust insurance assurance technologies technology tech systems labs lab software solutions
            networks network media communications telecom entertainment studios pharmaceuticals pharma
            therapeutics biosciences bio biotech biotherapeutics health healthcare medical diagnostics robotics
            industries industrial international global enterprises motors automotive airlines airways energy
            resources mining minerals oil gas petroleum chemicals chemical steel metals power electric utilities
            properties realty reit foods brands retail stores semiconductor semiconductors electronics devices
            computing cloud data analytics digital interactive games gaming mobility logistics aerospace
            defense defence dynamics exploration savings loan association federal manufacturing products
            services service consulting consultants acquisition acquisitions infrastructure platforms platform
            airline bancorporation agency""");

    /** Corporate suffixes that may follow a name after a comma: "CoStar Group, Inc.". */
    static final Set<String> LEGAL_SUFFIXES = words("""
            inc inc. incorporated corp corp. corporation co co. ltd ltd. limited llc l.l.c. plc lp l.p. llp ag sa
            s.a. nv n.v. bv b.v. gmbh se spa s.p.a. ab asa oy kk pte pty bhd srl sarl kgaa""");

    /** Nationalities and regions used as adjectives before names: "French startup Streamroot". */
    static final Set<String> DEMONYMS = words("""
            american british english scottish welsh irish french german dutch belgian swiss austrian italian
            spanish portuguese swedish norwegian danish finnish icelandic polish czech hungarian romanian greek
            turkish russian ukrainian israeli saudi emirati qatari egyptian nigerian kenyan south african indian
            pakistani bangladeshi chinese japanese korean taiwanese vietnamese thai malaysian singaporean
            indonesian filipino australian canadian mexican brazilian argentine argentinian chilean colombian
            peruvian european asian african latin nordic scandinavian middle eastern western northern southern
            silicon valley-based bay area berlin-based london-based paris-based""");

    /** Countries, states, regions and large cities: names of places, not of companies. */
    static final Set<String> PLACES = words("""
            us u.s. usa america united states uk britain england scotland wales ireland france germany italy spain
            portugal netherlands holland belgium switzerland austria sweden norway denmark finland iceland poland
            russia ukraine turkey israel egypt nigeria kenya ghana ethiopia morocco africa india pakistan
            bangladesh china japan korea taiwan vietnam thailand malaysia singapore indonesia philippines
            australia zealand canada mexico brazil argentina chile colombia peru europe asia latin middle east
            southeast northeast emea apac silicon valley california texas florida york washington massachusetts
            illinois ohio georgia virginia carolina michigan jersey pennsylvania colorado oregon arizona nevada
            utah minnesota wisconsin tennessee missouri indiana maryland connecticut delaware alabama kentucky
            louisiana iowa kansas oklahoma nebraska idaho montana wyoming alaska hawaii maine vermont london paris
            berlin munich frankfurt hamburg amsterdam stockholm oslo copenhagen helsinki madrid barcelona rome
            milan zurich geneva dublin brussels vienna warsaw prague moscow tokyo osaka beijing shanghai shenzhen
            hangzhou guangzhou hong kong seoul mumbai bangalore bengaluru delhi new jakarta manila bangkok sydney
            melbourne toronto vancouver montreal chicago boston seattle austin dallas houston atlanta miami denver
            angeles san francisco diego jose la los sf nyc dubai riyadh doha abu dhabi tel aviv cairo lagos
            nairobi johannesburg sao paulo mexico city buenos aires lima santiago bogota va. ill. ind. calif.
            mass. n.j. n.y. conn. pa. mich. ohio tex. fla. minn. wis. mo. ga. md. colo. ore. wash. ariz. okla. ky.
            tenn. ala. la. miss. ark. kan. neb. iowa nev. utah n.c. s.c. d.c. dc""");

    /** Lower-case head nouns that refer back to the article's company: "the company", "the startup". */
    static final Set<String> COMPANY_NOUNS = words("""
            company startup start-up firm group business bank lab maker developer provider platform operator
            outfit concern unit subsidiary retailer insurer lender carrier airline chain brand manufacturer
            producer supplier service app corporation enterprise venture biotech fintech partnership creator owner
            giant specialist""");
}
