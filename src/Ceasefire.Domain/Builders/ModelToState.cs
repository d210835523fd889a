namespace Ceasefire.Domain;

/// <summary>
/// Copies a built model back into builder state (<see cref="Statement.ToBuilder"/>, <see cref="Timeline.ToBuilder(Statement)"/>,
/// JSON writing). Copied values are a starting point, not fluent calls: each can still be set once.
/// </summary>
internal static class ModelToState
{
    public static StatementState From(Statement statement)
    {
        var state = new StatementState
        {
            Title = statement.Title,
            SignedOn = statement.SignedOn,
            TimeZone = statement.TimeZone,
            EffectiveInstant = statement.EffectiveFrom,
        };
        foreach (var actor in statement.Actors)
        {
            var a = new ActorState { Id = actor.Id, Name = actor.Name, Roles = actor.Roles, ParentId = actor.ParentId, Description = actor.Description };
            a.Aliases.AddRange(actor.Aliases);
            state.Actors.Add(a);
        }

        foreach (var article in statement.Articles)
        {
            var ab = new ArticleState { Number = article.Number, Text = article.Text };
            foreach (var variant in article.Variants)
            {
                var vb = new TextVariantState { Label = variant.Label, Text = variant.Text, Language = variant.Language };
                vb.Sources.AddRange(variant.Sources);
                vb.DeadlineReadings.AddRange(variant.DeadlineReadings);
                ab.Variants.Add(vb);
            }

            foreach (var obligation in article.Obligations)
            {
                var ob = new ObligationState
                {
                    Id = obligation.Id,
                    ObligorUnnamed = obligation.ObligorUnnamed,
                    DeonticKind = obligation.DeonticKind,
                    PerformanceKind = obligation.PerformanceKind,
                    Deadline = obligation.Deadline,
                    Condition = obligation.Condition,
                    Description = obligation.Description,
                    Basis = obligation.Basis,
                };
                ob.Obligors.AddRange(obligation.Obligors);
                ob.Beneficiaries.AddRange(obligation.Beneficiaries);
                ob.Quantities.AddRange(obligation.Quantities);
                ob.InParallelWith.AddRange(obligation.InParallelWith);
                ob.PlaceIds.AddRange(obligation.PlaceIds);
                ab.Obligations.Add(ob);
            }

            state.Articles.Add(ab);
        }

        state.Sources.AddRange(statement.Sources);
        state.CrossReferences.AddRange(statement.CrossReferences);
        foreach (var place in statement.Places)
        {
            var pb = new PlaceState { Id = place.Id, Name = place.Name, NameUsage = place.Names[0].Usage };
            for (var i = 1; i < place.Names.Length; i++)
            {
                pb.Aliases.Add(place.Names[i]);
            }

            state.Places.Add(pb);
        }

        return state;
    }

    public static ClaimState From(Claim claim) => new()
    {
        Id = claim.Id,
        Kind = claim.Kind,
        ObligationIds = [.. claim.ObligationIds],
        Date = ClaimDateDto.From(claim.Date),
        End = claim.End is { } end ? ClaimDateDto.From(end) : null,
        Claimant = ClaimantDto.From(claim.Claimant),
        ActorId = claim.ActorId,
        Sources = CitationDto.From(claim.Sources),
        KnownOn = claim.KnownOn,
        Summary = claim.Summary,
        Quantity = claim.Quantity is { } quantity ? QuantityDto.From(quantity) : null,
        NewDeadline = claim.NewDeadline is { } deadline ? DeadlineDto.From(deadline) : null,
        RequestedBy = claim.RequestedBy,
        AgreedBy = claim.AgreedBy.IsEmpty ? null : [.. claim.AgreedBy],
        Reason = claim.Reason,
        Contradicts = claim.Contradicts.IsEmpty ? null : [.. claim.Contradicts],
    };
}
