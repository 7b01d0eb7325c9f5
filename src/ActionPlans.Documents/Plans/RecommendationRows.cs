using System.Text.RegularExpressions;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Documents.Plans;

/// <summary>
/// The table rows of one recommendation (its numbered row and the continuation rows under it) and how
/// they become a recommendation with its response and actions.
/// </summary>
internal sealed partial class RecommendationRows(int number, int line, string? addressee, string? provider)
{
    private readonly List<(int Line, string[] Cells, bool StartsAction)> _rows = [];
    private string? _addressee = addressee;

    public int Number { get; } = number;
    public int Line { get; } = line;

    /// <summary>Adds a row; <paramref name="startsAction"/> when it is a row of its own action (action, owner, target date).</summary>
    public void Add(int sourceLine, string[] cells, bool startsAction = false) => _rows.Add((sourceLine, cells, startsAction));

    /// <summary>"The Ministry of Justice should:" gives "The Ministry of Justice"; null for any other text.</summary>
    public static string? AddresseeIn(string plain)
    {
        var m = AddresseeHeader().Match(plain);
        return m.Success ? m.Groups["who"].Value.Trim() : null;
    }

    public RecommendationReading Read(List<Warning> warnings)
    {
        var (text, repeated) = RecommendationText();
        var actions = new List<ActionReading>();
        var narrative = ReadActions(actions, warnings);
        return new RecommendationReading
        {
            Number = Number,
            Text = text,
            Addressee = _addressee,
            Repeated = repeated,
            Response = Response(warnings),
            ResponseText = string.Join("\n", narrative),
            Actions = actions,
            Line = Line,
        };
    }

    private (string Text, bool Repeated) RecommendationText()
    {
        var paragraphs = new List<string>();
        foreach (var (sourceLine, cells, _) in _rows)
        {
            var blocks = CellText.Blocks(cells[1], sourceLine);
            for (var k = 0; k < blocks.Count; k++)
            {
                var block = blocks[k];
                // The addressee header above the text was read when the row was met.
                if (paragraphs.Count == 0 && AddresseeIn(block.Text) is not null) continue;
                if (paragraphs.Count == 0 && AddressedIn(block.Text) is { } addressed)
                {
                    _addressee = addressed.Who;
                    paragraphs.Add(addressed.Text);
                    continue;
                }
                if (k == 0 && paragraphs.Count > 0 && !Block.EndsSentence(paragraphs[^1])) paragraphs[^1] += " " + block.Text;
                else paragraphs.Add(block.ToString());
            }
        }
        var text = string.Join("\n", paragraphs);
        var repeated = RepeatedMarker().IsMatch(text);
        if (repeated) text = Spaces().Replace(RepeatedMarker().Replace(text, " "), " ").Trim();
        return (text, repeated);
    }

    /// <summary>
    /// "HMPPS should: review …" or "The Ministry of Justice should review …" opening the recommendation: who it is for,
    /// and the recommendation after it. Null when the text names no one, or names the provider ("The Northumbria CRC
    /// should …"), whose recommendations read whole as they are written.
    /// </summary>
    private (string Who, string Text)? AddressedIn(string plain)
    {
        var m = AddresseeInline().Match(plain);
        if (!m.Success) m = AddresseeSentence().Match(plain);
        if (!m.Success) return null;
        var who = m.Groups["who"].Value.Trim();
        if (OrganisationNames.MeansTheProvider(who) || (provider is not null && OrganisationNames.Same(who, provider))) return null;
        var text = m.Groups["text"].Value.Trim();
        return (who, char.ToUpperInvariant(text[0]) + text[1..]);
    }

    private ResponseKind? Response(List<Warning> warnings)
    {
        foreach (var (sourceLine, cells, _) in _rows)
        {
            var written = CellText.Plain(cells[2]);
            if (written.Length == 0) continue;
            var kind = ResponseWords.Read(written);
            if (kind is null) warnings.Add(new Warning(sourceLine, $"Recommendation {Number}: cannot read the response {Warning.Quote(written)} as Agreed, Partly Agreed or Not Agreed."));
            return kind;
        }
        warnings.Add(new Warning(Line, $"Recommendation {Number} has no response (Agreed, Partly Agreed or Not Agreed)."));
        return null;
    }

    /// <summary>Splits the response column into narrative and actions, and gives each action its owner and target date.</summary>
    private List<string> ReadActions(List<ActionReading> actions, List<Warning> warnings)
    {
        var (blocks, groups) = Collect();
        var parts = Parts(blocks);
        var actionMarker = parts is null
            ? ActionMarker(blocks)
            : ActionMarker(blocks.Where((_, i) => parts[i] == Part.Actions).ToList()) ?? Marker.None;

        // Narrative may become the action of the row beside it (Convertible) unless a section heading made it narrative.
        var narrative = new List<(int Group, string Text, bool Convertible)>();
        var drafts = new List<ActionDraft>();
        ActionDraft? current = null;
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.StartsActionRow) current = null;
            if (parts is not null && parts[i] != Part.Actions)
            {
                // Sections before and after the actions ("Context", "Measurements") are the response's narrative.
                if (parts[i] == Part.Narrative) narrative.Add((block.Group, block.ToString(), false));
                current = null;
            }
            else if (block.Marker == actionMarker)
            {
                current = new ActionDraft(block.Group, block.Line, block.Label, [block.Text]);
                drafts.Add(current);
            }
            else if (block.Marker == Marker.Numbered || current is null
                     || (block.Marker == Marker.None && previous!.InList))
            {
                // A numbered heading over lettered items, text before any action, or text after a closed list: narrative.
                narrative.Add((block.Group, block.ToString(), true));
                current = null;
            }
            else
            {
                // A sub-item, or a further paragraph of a paragraph-style item ("b) …" then "Scoping work …").
                current.Lines.Add(block.ToString());
            }
            previous = block;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Owners.Count + group.Dates.Count == 0 || drafts.Any(d => d.Group == g)) continue;
            // Owners and dates beside plain narrative stand for the actions on the next page, if those have none;
            // otherwise the row's text is itself the action ("one row each").
            if (g + 1 < groups.Count && groups[g + 1].Owners.Count + groups[g + 1].Dates.Count == 0 && drafts.Any(d => d.Group == g + 1))
            {
                groups[g + 1].Owners.AddRange(group.Owners);
                groups[g + 1].Dates.AddRange(group.Dates);
            }
            else if (narrative.Any(n => n.Group == g && n.Convertible))
            {
                drafts.Add(new ActionDraft(g, group.Line, null, narrative.Where(n => n.Group == g && n.Convertible).Select(n => n.Text).ToList()));
                narrative.RemoveAll(n => n.Group == g && n.Convertible);
            }
            else
            {
                warnings.Add(new Warning(group.Line, $"Recommendation {Number}: owners or target dates with no action beside them ({Describe(group)})."));
            }
        }

        string? singleOwner = null, singleDate = null;
        foreach (var (group, g) in groups.Select((x, n) => (x, n)))
        {
            var inGroup = drafts.Where(d => d.Group == g).ToList();
            if (inGroup.Count == 0) continue;
            var owners = Pair(group.Owners, inGroup.Count, ref singleOwner);
            var dates = Pair(group.Dates, inGroup.Count, ref singleDate);
            if (owners is null || dates is null)
                warnings.Add(new Warning(group.Line, Unpaired(inGroup.Count, owners is null ? group.Owners : null, dates is null ? group.Dates : null)));
            else if (owners.All(o => o is null) && dates.All(d => d is null))
                warnings.Add(new Warning(group.Line, $"Recommendation {Number}: no owner or target date beside the actions."));

            for (var i = 0; i < inGroup.Count; i++)
            {
                var draft = inGroup[i];
                actions.Add(new ActionReading
                {
                    Text = string.Join("\n", draft.Lines),
                    Owner = owners?[i]?.TrimEnd('.', ',', ' '),
                    TargetDate = TargetDate.Parse(dates?[i]),
                    Label = draft.Label,
                    Line = draft.Line,
                });
            }
        }
        return narrative.Select(n => n.Text).ToList();
    }

    /// <summary>Says which of owners and target dates could not be paired with the actions beside them, and that the actions stay.</summary>
    private string Unpaired(int actions, List<string>? owners, List<string>? dates)
    {
        static string Listed(List<string> values, string one, string many) =>
            $"{values.Count} {(values.Count == 1 ? one : many)} ({string.Join(" | ", values)})";
        var what = new List<string>();
        if (owners is not null) what.Add(Listed(owners, "owner", "owners"));
        if (dates is not null) what.Add(Listed(dates, "target date", "target dates"));
        var without = owners is not null && dates is not null ? "an owner or a target date" : owners is not null ? "an owner" : "a target date";
        return $"Recommendation {Number}: {actions} {(actions == 1 ? "action" : "actions")} cannot be paired with {string.Join(" and ", what)} beside them; "
               + $"every action is kept, without {without}.";
    }

    /// <summary>
    /// One value per action: in order when the counts match, shared when one stands for all, inherited from the
    /// row above when the row has none (a row continued on the next page); null when they cannot be paired.
    /// </summary>
    private static string?[]? Pair(List<string> values, int count, ref string? single)
    {
        if (values.Count == 1) single = values[0];
        if (values.Count == count) return [.. values];
        if (values.Count is 0 or 1) return Enumerable.Repeat(values.Count == 1 ? values[0] : single, count).ToArray();
        return null;
    }

    /// <summary>The response column's blocks across the rows, and the row groups whose owners and dates go with them.</summary>
    private (List<Block> Blocks, List<RowGroup> Groups) Collect()
    {
        var blocks = new List<Block>();
        var groups = new List<RowGroup>();
        foreach (var (sourceLine, cells, startsAction) in _rows)
        {
            var rowBlocks = CellText.Blocks(cells[3], sourceLine);
            var owners = CellText.Entries(cells[4], sourceLine);
            var dates = CellText.Entries(cells[5], sourceLine);
            if (rowBlocks.Count > 0 || groups.Count == 0) groups.Add(new RowGroup(sourceLine));

            // An owner cut at the foot of a page ("Probation Divisional Director /") goes on at the top of the next.
            var lastWithOwners = groups.LastOrDefault(g => g.Owners.Count > 0);
            if (owners.Count > 0 && lastWithOwners is not null && lastWithOwners.Owners[^1].EndsWith('/'))
            {
                lastWithOwners.Owners[^1] += " " + owners[0];
                owners.RemoveAt(0);
            }
            groups[^1].Owners.AddRange(owners);
            groups[^1].Dates.AddRange(dates);

            for (var k = 0; k < rowBlocks.Count; k++)
            {
                var block = rowBlocks[k];
                // A paragraph or item cut by a page break: the next page's first text finishes it, unless that text
                // starts a row of its own action or a section of the response.
                if (k == 0 && blocks.Count > 0 && block.Marker == Marker.None && !startsAction && !blocks[^1].IsFinished
                    && SectionHeading().Match(block.Text) is { Success: false })
                {
                    blocks[^1].Text += " " + block.Text;
                    continue;
                }
                block.StartsActionRow = k == 0 && startsAction;
                block.Group = groups.Count - 1;
                blocks.Add(block);
            }
        }
        return (blocks, groups);
    }

    /// <summary>
    /// The marker the actions carry: the first one used, except that numbered items followed by lettered ones
    /// are headings ("1.1 - … by:" then "a)", "b)"); null when nothing is marked.
    /// </summary>
    private static Marker? ActionMarker(List<Block> blocks)
    {
        var first = blocks.FirstOrDefault(b => b.Marker != Marker.None);
        if (first?.Marker != Marker.Numbered) return first?.Marker;
        return blocks.FirstOrDefault(b => b.Marker is Marker.LetterParen or Marker.LetterDot)?.Marker ?? Marker.Numbered;
    }

    private enum Part { Narrative, Actions, ActionsHeading }

    /// <summary>
    /// For a response written in sections ("Context", "Where are we now", "What is our target", "Milestones / actions",
    /// "Measurements"), what each block is: under the actions heading, the heading itself, or narrative. Null for a
    /// response without an actions heading.
    /// </summary>
    private static Part[]? Parts(List<Block> blocks)
    {
        var headings = blocks.Select(b => b.Marker == Marker.None ? SectionHeading().Match(b.Text) : Match.Empty).ToList();
        if (!headings.Any(h => h.Success && h.Groups["actions"].Success)) return null;
        var parts = new Part[blocks.Count];
        var inActions = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var heading = headings[i];
            if (!heading.Success)
            {
                parts[i] = inActions ? Part.Actions : Part.Narrative;
                continue;
            }
            inActions = heading.Groups["actions"].Success;
            var rest = heading.Groups["rest"].Value.Trim();
            // "Milestones / actions: train every officer" holds its first action after the heading.
            if (inActions && rest.Length > 0) blocks[i].Text = rest;
            parts[i] = !inActions ? Part.Narrative : rest.Length > 0 ? Part.Actions : Part.ActionsHeading;
        }
        return parts;
    }

    private static string Describe(RowGroup group) =>
        $"owners: {(group.Owners.Count == 0 ? "none" : string.Join(" | ", group.Owners))}; dates: {(group.Dates.Count == 0 ? "none" : string.Join(" | ", group.Dates))}";

    private sealed record ActionDraft(int Group, int Line, string? Label, List<string> Lines);

    /// <summary>A row of actions with the owners and target dates beside it, including owner/date-only rows under it.</summary>
    private sealed record RowGroup(int Line)
    {
        public List<string> Owners { get; } = [];
        public List<string> Dates { get; } = [];
    }

    [GeneratedRegex(@"^(?<who>\S.{1,150}?)\s+should\s*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex AddresseeHeader();

    [GeneratedRegex(@"^(?<who>\S.{1,150}?)\s+should\s*:\s*(?<text>\p{L}.*)$", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex AddresseeInline();

    // "The" and a capital: a body ("The Ministry of Justice should"), not a subject such as "the quality of work should".
    [GeneratedRegex(@"^(?<who>The\s+\p{Lu}[^.:;]{0,150}?)\s+should\s+(?<text>\p{L}.*)$", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex AddresseeSentence();

    /// <summary>A section heading of a response, alone or before a colon and the section's first words.</summary>
    [GeneratedRegex(@"^(?:context|background|where (?:are we|we are) now|what is our target|(?<actions>milestones?(?:\s*(?:/|and|&)\s*actions?)?|actions?(?:\s*(?:/|and|&)\s*milestones?)?)|measurements?|measures?(?: of success)?)\s*(?:\?|:\s*(?<rest>.*))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\(?\s*this recommendation (?:has been |was |is )?repeated from (?:the |our )?previous inspection\s*\.?\s*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex RepeatedMarker();

    [GeneratedRegex(@"[ ]{2,}", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
