namespace ActionPlans.Web.Features.Insight.Themes;

/// <summary>The themes the service starts with, and their phrases (see <see cref="Core.Insight.Themes.ThemeRules"/>).</summary>
internal static class StandardThemes
{
    public static readonly IReadOnlyList<(string Name, string Phrases)> All =
    [
        ("Risk of harm", "risk of harm\nrisk of serious harm\nrisk assess*\nrisk manag*\nrisk review*\nsafeguard*\ndomestic abuse\nchild protection\npublic protection\nmappa"),
        ("Workload", "workload*\ncaseload*\nstaffing\nvacanc*\nrecruit*\nretain staff\nretention of staff\nstaff sickness"),
        ("Management oversight", "management oversight\noversight\noversee*\nquality assur*\nline manag*\ncountersign*"),
        ("Case allocation", "allocat*\nreallocat*\ncase transfer*\ntransfer of cases"),
        ("Through the gate", "through the gate\nresettle*\nreleas*\ncustody\nleaving prison"),
        ("Unpaid work", "unpaid work\ncommunity payback"),
        ("Information sharing", "information sharing\nshare information\nshare * information\nsharing information\nsharing of information\nexchange of information\ndata sharing\npartner agenc*"),
        ("Training", "train*\ninduction\nlearning and development\nrefresher"),
        ("Estates and IT", "estate*\noffice*\npremises\nbuilding*\nict\nit system*\ninformation technology\ncase management system\ndigital\ncomputer*\nlaptop*"),
        ("Court work", "court report*\npre sentence\npresentence\nsentencing\nbail"),
        ("Diversity and equality", "diversity\ndiverse\nequalit*\nprotected characteristic*\nwomen\nethnic*\ndisabilit*"),
        ("Rehabilitative work", "interventions\naccredited programme*\nservices to reduce reoffending\nreoffending\nsubstance misuse\naccommodation\nemployment"),
    ];
}
