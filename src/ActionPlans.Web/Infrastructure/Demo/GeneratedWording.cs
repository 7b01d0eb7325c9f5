using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;

namespace ActionPlans.Web.Infrastructure.Demo;

/// <summary>
/// The invented national picture the generator draws from, in the project's own words: providers and their owners,
/// the bodies recommendations are also addressed to, and the phrases of recommendations, actions and updates.
/// </summary>
internal static class GeneratedWording
{
    public sealed record Provider(string Name, OrganisationKind Kind, string? OwningGroup);

    /// <summary>Names the demo uses are shared, so generating into a database with the demo reuses its organisations.</summary>
    public static readonly IReadOnlyList<Provider> Providers =
    [
        new("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany, "Harbour Rehabilitation Group"),
        new("Ashcombe and Wold CRC", OrganisationKind.CommunityRehabilitationCompany, "Harbour Rehabilitation Group"),
        new("Brackenridge CRC", OrganisationKind.CommunityRehabilitationCompany, "Meridian Justice Services"),
        new("Calder Fells CRC", OrganisationKind.CommunityRehabilitationCompany, "Meridian Justice Services"),
        new("Dunmere and Coast CRC", OrganisationKind.CommunityRehabilitationCompany, "Meridian Justice Services"),
        new("Eastling Shires CRC", OrganisationKind.CommunityRehabilitationCompany, "Threshold Partnership"),
        new("Greywater Valleys CRC", OrganisationKind.CommunityRehabilitationCompany, "Threshold Partnership"),
        new("Harrowmead CRC", OrganisationKind.CommunityRehabilitationCompany, "Threshold Partnership"),
        new("Ivyholt Marches CRC", OrganisationKind.CommunityRehabilitationCompany, "Cornerstone Community Justice"),
        new("Juniper Downs CRC", OrganisationKind.CommunityRehabilitationCompany, "Cornerstone Community Justice"),
        new("Kestrel Vale Community Rehabilitation Company", OrganisationKind.CommunityRehabilitationCompany, "Cornerstone Community Justice"),
        new("Larkspur and Moor CRC", OrganisationKind.CommunityRehabilitationCompany, "Lanternway Group"),
        new("Merrowdale CRC", OrganisationKind.CommunityRehabilitationCompany, "Lanternway Group"),
        new("Northwick Estuary CRC", OrganisationKind.CommunityRehabilitationCompany, "Lanternway Group"),
        new("Oakhaven Borders CRC", OrganisationKind.CommunityRehabilitationCompany, "Keystone Rehabilitation Trust"),
        new("Pennsworth CRC", OrganisationKind.CommunityRehabilitationCompany, "Keystone Rehabilitation Trust"),
        new("Quarry Hills CRC", OrganisationKind.CommunityRehabilitationCompany, "Keystone Rehabilitation Trust"),
        new("Redmarsh and Lowlands CRC", OrganisationKind.CommunityRehabilitationCompany, "Harbour Rehabilitation Group"),
        new("Saltcote CRC", OrganisationKind.CommunityRehabilitationCompany, "Meridian Justice Services"),
        new("Thistlebrook Heath CRC", OrganisationKind.CommunityRehabilitationCompany, "Threshold Partnership"),
        new("Upperfold CRC", OrganisationKind.CommunityRehabilitationCompany, "Cornerstone Community Justice"),
        new("Wickhollow CRC", OrganisationKind.CommunityRehabilitationCompany, "Lanternway Group"),
        new("Yarrowfield CRC", OrganisationKind.CommunityRehabilitationCompany, "Keystone Rehabilitation Trust"),
        new("Ambersley Coast CRC", OrganisationKind.CommunityRehabilitationCompany, "Harbour Rehabilitation Group"),
        new("Blackthorn Ridings CRC", OrganisationKind.CommunityRehabilitationCompany, "Meridian Justice Services"),
        new("Coldharbour Vale CRC", OrganisationKind.CommunityRehabilitationCompany, "Threshold Partnership"),
        new("Dovecote Shires CRC", OrganisationKind.CommunityRehabilitationCompany, "Lanternway Group"),
        new("NPS Midshire Division", OrganisationKind.NpsDivision, null),
        new("NPS Northern Uplands Division", OrganisationKind.NpsDivision, null),
        new("NPS Southern Coast Division", OrganisationKind.NpsDivision, null),
        new("NPS Eastern Fens Division", OrganisationKind.NpsDivision, null),
        new("NPS Western Reaches Division", OrganisationKind.NpsDivision, null),
        new("NPS Central Vale Division", OrganisationKind.NpsDivision, null),
        new("NPS Capital Division", OrganisationKind.NpsDivision, null),
        new("NPS Border Counties Division", OrganisationKind.NpsDivision, null),
    ];

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind)> AddressedBodies =
    [
        ("HM Prison and Probation Service", OrganisationKind.Hmpps),
        ("Ministry of Justice", OrganisationKind.MinistryOfJustice),
        ("HM Courts and Tribunals Service", OrganisationKind.Hmcts),
    ];

    /// <summary>What a provider is asked to do, after "{provider} should".</summary>
    public static readonly string[] ProviderRecommendations =
    [
        "review every risk assessment when a person's circumstances change",
        "give managers protected time to oversee the quality of case work",
        "make sure home visits take place where there are concerns about domestic abuse",
        "check with the police and children's services before each sentence plan is agreed",
        "bring caseloads down to a level that lets practitioners see people as often as the plan says",
        "record why an appointment was missed and what was done about it",
        "offer unpaid work placements within a week of sentence",
        "involve people on probation in drawing up their own sentence plans",
        "train every practitioner in recognising signs of coercive control",
        "agree with local partners who follows up on safeguarding referrals",
        "fill vacant practitioner posts and track how long they stay vacant",
        "make interpreters available for every appointment that needs one",
        "use the results of case audits to change practice, not only to count compliance",
        "review the progress of every accredited programme referral after twelve weeks",
        "make sure people leaving custody have somewhere to live on the day of release",
        "give practitioners up-to-date information about local services for mental health and substance misuse",
        "improve the quality of pre-sentence reports on women",
        "check that breach decisions are consistent across all teams",
        "make supervision of new practitioners regular and recorded",
        "plan the work of each case with the specific risks of harm in mind",
    ];

    /// <summary>What a national body is asked to do, after "{body} should".</summary>
    public static readonly string[] NationalRecommendations =
    [
        "share release information with providers at least ten days before each release",
        "publish guidance on sharing case records with partner agencies",
        "make the case management system record domestic abuse enquiries in one place",
        "agree a national standard for the time allowed to prepare court reports",
        "fund enough approved premises places in the region for people assessed as high risk",
        "give providers the results of national quality audits within a month",
    ];

    public static readonly string[] ActionTexts =
    [
        "Publish a one-page guide to reviews after a change in circumstances and brief every team on it.",
        "Audit a sample of cases each quarter and report the findings to the senior leadership team.",
        "Run refresher training for all practitioners and record who attended.",
        "Add a management oversight check to the monthly case audit tool.",
        "Set up a weekly meeting with the police to exchange domestic abuse information.",
        "Agree a written protocol with children's services for safeguarding enquiries.",
        "Recruit to the vacant practitioner posts and report vacancy rates monthly.",
        "Introduce a caseload weighting tool and review caseloads every month.",
        "Ask people on probation for feedback on their sentence plans through a short survey.",
        "Appoint a lead for women's services in each area.",
        "Review the induction programme for new practitioners with the staff forum.",
        "Produce a directory of local mental health and substance misuse services.",
        "Check a sample of breach decisions each month for consistency.",
        "Issue practice guidance on planning work around specific risks of harm.",
        "Hold a practice workshop on coercive control for every team.",
        "Introduce a release planning checklist for cases leaving custody.",
        "Monitor unpaid work start times and report them to the board.",
        "Agree an interpreting contract that covers every office.",
        "Create a dashboard of appointment attendance and reasons for absence.",
        "Set up peer review of pre-sentence reports between teams.",
    ];

    public static readonly string[] Owners =
    [
        "Head of Quality", "Quality Lead", "Learning and Development Manager", "Deputy Director, Operations",
        "Head of Public Protection", "Area Manager, North", "Area Manager, South", "Head of Court Services",
        "Head of Resettlement", "Head of Interventions", "Senior Probation Officer", "Director of Operations",
        "Head of Human Resources", "Performance Manager", "Women's Services Lead", "Head of Partnerships",
    ];

    public static readonly string[] AgreedNarratives =
    [
        "We agree and have set out the steps below.",
        "We accept the recommendation; the work is led by the senior leadership team.",
        "Agreed. Progress will be reported to the board every quarter.",
        "We agree and have already started some of this work.",
    ];

    public static readonly string[] PartlyAgreedParts =
    [
        "The training and guidance parts of the recommendation.",
        "Sharing information where the records are held electronically.",
        "The changes to practice; the staffing changes depend on the next contract.",
    ];

    public static readonly (string Explanation, ReasonCategories Reasons)[] NotAgreedExplanations =
    [
        ("The contract ends within two years and there is no budget for the change.", ReasonCategories.Affordability | ReasonCategories.Commissioning),
        ("National policy sets this standard; it is not ours to change locally.", ReasonCategories.Policy),
        ("The current arrangement already meets the need, as our own audit shows.", ReasonCategories.Operational),
        ("The work depends on a national system change that is not planned.", ReasonCategories.Policy | ReasonCategories.Operational),
    ];

    public static readonly string[] Conditions =
    [
        "When the new case management system is in place",
        "At the next contract review",
        "Once the regional partnership board has met",
        "Subject to agreement with the police",
    ];

    public static readonly string[] InProgressNarratives =
    [
        "Work has started; the first teams have been briefed.",
        "Half of the planned sessions have taken place.",
        "The draft has been shared with the staff forum for comment.",
        "The latest audit shows improvement in most teams.",
        "Recruitment is under way; three posts have been offered.",
        "The protocol is with partners for signature.",
    ];

    public static readonly string[] NotStartedNarratives =
    [
        "Not started yet: waiting for the regional lead to be appointed.",
        "Planned for the next quarter once the audit tool is ready.",
    ];

    public static readonly string[] CompletedNarratives =
    [
        "Completed: every team has been briefed and attendance recorded.",
        "Done. The guidance is published on the intranet.",
        "Completed and reported to the senior leadership team.",
        "Finished; the new arrangement is now part of routine practice.",
    ];

    public static readonly string[] NotDeliveredNarratives =
    [
        "Not delivered: the funding for this work was withdrawn.",
        "This will not be delivered before the contract ends.",
    ];

    public static readonly string[] SupersededNarratives =
    [
        "Superseded by the national programme that replaced local arrangements.",
        "Replaced by a new action agreed with the inspectorate.",
    ];

    public static readonly string[] RevisionReasons =
    [
        "Staff changes delayed the work; the remaining sessions were rebooked.",
        "Partners asked for more time to agree the protocol.",
        "The supplier could not deliver the system change until later.",
        "The audit was paused during the office move.",
        "Sickness in the team meant the deadline could not be met.",
    ];

    public static readonly string[] EvidenceNames =
    [
        "briefing-attendance", "audit-findings", "training-record", "protocol-signed", "board-minutes", "guidance",
    ];

    public static readonly string[] People =
    [
        "Alex Marlow", "Bea Trent", "Cal Hewitt", "Dana Frome", "Eli Carver", "Fay Lomond", "Gus Penrose", "Hana Ellery",
    ];

    /// <summary>A name as an email address's local part: "Fenmoor and Dales CRC" → "fenmoor-and-dales-crc".</summary>
    public static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(",", "").Replace("'", "");
}
