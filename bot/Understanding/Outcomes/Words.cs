namespace RecruitBot.Understanding.Outcomes;

/// <summary>Word lists that tell names apart from the rest of a hiring manager's message.</summary>
internal static class Words
{
    public static readonly HashSet<string> Stop = Set(
        "a an as the and or but so if of in on at by for to from with without into onto about over under after before " +
        "again also just only very really quite too then than that this these those there here what which who whom whose " +
        "when where why how all any both each few more most other some such no nor not own same can can't cant cannot " +
        "will won't wont would could should might must may shall do does did done don't doesn't didn't is are was were be " +
        "been being am has have had having i me my we us our ours you your he him his she her hers they them their it its " +
        "interviewed interviewing interview interviews met meet meeting spoke speak talked talk chatted chat saw see screened " +
        "screen phone onsite final round loop panel call called hired hire hiring rejected reject rejcted runner up runnerup " +
        "withdrew withdrawn declined decline offer offers accepted accept signed starts start starting joining joins " +
        "strong stronger weak weaker great good solid nice awesome amazing excellent poor bad impressive impressed loved liked " +
        "check back circle revisit ping reach out follow followup touch base reconnect remind keep warm worth another look " +
        "went go going gone pass passed passing fit culture team role position opening req job candidate candidates " +
        "feedback reason reasons decision outcome status update fyi note notes re thanks thank hi hey hello ok okay sorry " +
        "yes nope yep unfortunately sadly sure maybe probably definitely overall honestly basically though although however " +
        "because since while until unless near later soon now today tomorrow tmrw yesterday week weeks month months year years " +
        "quarter day days next last early late mid end eom spring summer fall autumn winter hold paused frozen freeze " +
        "wants want needs need asked asks said says told tell gave give shared share sent send let lets let's please put add " +
        "log record someone somebody else person people folks guy gal everyone anyone nobody comp salary visa remote " +
        "relocate relocation notice period experience skills skill gap gaps design system systems coding code testing " +
        "close second choice other different current new old both either neither one two three four five six seven eight " +
        "nine ten first second third again went got get getting took take taking pulled dropped backed ghosted " +
        "monday tuesday wednesday thursday friday saturday sunday january february march july august september october " +
        "november december jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 no-hire dnc linkedin email " +
        "contact contacted number reachable via at mailto http https www com frontend backend eng " +
        "san francisco york london berlin seattle boston chicago toronto nyc sf denver dublin paris bangalore " +
        "corp inc ltd llc co company agency");

    public static readonly HashSet<string> Role = Set(
        "senior sr junior jr staff principal lead leads head chief data software backend back-end frontend front-end " +
        "fullstack full-stack full stack engineer engineers eng engineering developer dev devops sre qa qe test tester " +
        "designer ux ui product manager mgr pm analyst scientist architect director vp cto cfo recruiter sales account " +
        "executive marketing marketer support success customer ops operations platform infra infrastructure security " +
        "mobile ios android ml ai machine learning intern associate specialist consultant coordinator admin administrator " +
        "writer technical tech cloud network database dba web embedded firmware hardware graphic content hr finance " +
        "accountant legal counsel office project program growth business bd partner");

    public static readonly HashSet<string> Tech = Set(
        "sql python java javascript typescript react angular vue kubernetes k8s docker aws azure gcp terraform golang " +
        "rust node spark kafka airflow scala ruby rails django excel tableau figma linux snowflake dbt pytorch tensorflow " +
        "graphql swift kotlin postgres mongodb redis slack teams zoom google microsoft amazon meta apple netflix stripe");

    public static readonly HashSet<string> FirstNames = Set(
        "priya tom april may june maya liam noah olivia emma ava sophia isabella mia amelia harper evelyn abigail emily " +
        "ella elizabeth camila luna sofia avery mila aria scarlett penelope layla chloe victoria madison eleanor grace " +
        "nora riley zoey hannah hazel lily ellie violet lillian zoe stella aurora natalie emilia everly leah aubrey " +
        "willow addison lucy audrey bella nova brooklyn paisley savannah claire skylar isla genesis naomi elena caroline " +
        "eliana anna kinsley allison gabriella alice madelyn cora eva serenity adeline hailey gianna valentina " +
        "isabelle sarah sara rachel rebecca laura julia jessica jennifer linda susan karen nancy lisa betty helen " +
        "sandra donna carol ruth sharon michelle kim kimberly deborah amy angela ashley brenda pamela nicole katherine " +
        "kate christine samantha debra janet catherine maria heather diane julie joyce frances ann joan alexis kelly " +
        "james john robert michael william david richard joseph thomas charles chris christopher daniel dan matthew matt " +
        "anthony mark donald steven steve paul andrew andy joshua josh kenneth kevin brian george edward ronald timothy " +
        "tim jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan stephen larry justin scott brandon benjamin " +
        "ben samuel sam gregory greg frank alexander alex raymond patrick jack dennis jerry tyler aaron jose adam henry " +
        "nathan douglas zachary peter pete kyle walter ethan jeremy harold keith christian roger terry gerald sean " +
        "austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan " +
        "wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis lucas oliver leo max omar ahmed " +
        "mohammed mohamed muhammad ali hassan fatima aisha zara yusuf ibrahim raj rahul arjun vikram anil sunil ravi " +
        "amit ankit rohan aditya deepa divya anjali neha pooja sneha kavya ananya meera lakshmi sanjay vijay kiran " +
        "wei li ming chen jun hiro kenji yuki sakura haruto min ji seo hyun jin kai mei lin xin yan hana aiko " +
        "carlos miguel luis diego javier alejandro pablo sofia lucia carmen rosa pedro jorge fernando ricardo mateo " +
        "santiago valeria ximena camille chloé louise manon hugo lea jules elise pierre francois anna lukas felix " +
        "jonas lena mila nina ivan dmitri olga natasha sasha anya boris igor tariq leila yasmin omar sam jamie taylor " +
        "morgan casey riley quinn drew blake cameron dana jordan robin jesse devon kendall reese rowan harley " +
        "kwame kofi ama ngozi chidi amara tunde femi ade zainab chloe freya ingrid sven erik astrid nils bjorn " +
        "arun tomas tomás marta ines joão joao beatriz rafael bruno gustavo thiago lara luca marco giulia " +
        "francesca alessandro matteo chiara sienna ayesha imran bilal sana hamza noor");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that point at the person right after them ("interviewed priya", "went with Tom").</summary>
    public static readonly HashSet<string> Cues = Set(
        "interviewed interviewing met with to hired hire rejected candidate about re ping pinged call called emailed " +
        "contacted screened saw and for chose picked offered");

    /// <summary>Cues strong enough to make lower-case unknown words a name ("interviewed zed okafor").</summary>
    public static readonly HashSet<string> StrongCues = Set(
        "interviewed interviewing met hired rejected candidate screened pinged contacted emailed");
}
