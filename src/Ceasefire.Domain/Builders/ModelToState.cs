namespace Ceasefire.Domain;

/// <summary>
/// Copies a built model into builder state: for <see cref="Statement.ToBuilder"/> and <see cref="Timeline.ToBuilder(Statement)"/>,
/// and for JSON writing, which serializes the state (the one model-to-wire mapping). Copied values are a starting
/// point, not fluent calls: each can still be set once.
/// </summary>
internal static class ModelToState
{
    public static StatementState From(Statement statement) => Fill(statement, new StatementState());

    /// <summary>Fills the given state (the JSON document derives from <see cref="StatementState"/>).</summary>
    public static T Fill<T>(Statement statement, T state)
        where T : StatementState
    {
        state.Title = statement.Title;
        state.SignedOn = statement.SignedOn;
        state.TimeZone = statement.TimeZone;
        state.TimeZoneId = statement.TimeZone.Id;
        state.EffectiveInstant = statement.EffectiveFrom;
        foreach (var actor in statement.Actors)
        {
            var a = new ActorState { Id = actor.Id, Name = actor.Name, Aliases = [.. actor.Aliases], ParentId = actor.ParentId, Description = actor.Description };
            RoleNames.Add(a.Roles, actor.Roles);
            state.Actors.Add(a);
        }

        foreach (var article in statement.Articles)
        {
            var ab = new ArticleState { Number = article.Number, Text = article.Text };
            foreach (var variant in article.Variants)
            {
                var vb = new TextVariantState { Label = variant.Label, Text = variant.Text, Language = variant.Language, Sources = CitationDto.From(variant.Sources) };
                foreach (var reading in variant.DeadlineReadings)
                {
                    vb.DeadlineReadings.Add(DeadlineReadingDto.From(reading));
                }

                ab.Variants.Add(vb);
            }

            foreach (var o in article.Obligations)
            {
                var ob = new ObligationState
                {
                    Id = o.Id,
                    Obligors = [.. o.Obligors],
                    ObligorUnnamed = o.ObligorUnnamed ? true : null,
                    Beneficiaries = [.. o.Beneficiaries],
                    DeonticKind = o.DeonticKind,
                    PerformanceKind = o.PerformanceKind,
                    Deadline = o.Deadline is NoDeadline ? null : DeadlineDto.From(o.Deadline),
                    Condition = o.Condition is { } condition ? ConditionDto.From(condition) : null,
                    Description = o.Description,
                    Basis = o.Basis,
                    InParallelWith = [.. o.InParallelWith],
                    PlaceIds = [.. o.PlaceIds],
                };
                foreach (var q in o.Quantities)
                {
                    ob.Quantities.Add(QuantityDto.From(q));
                }

                ab.Obligations.Add(ob);
            }

            state.Articles.Add(ab);
        }

        state.Sources = CitationDto.From(statement.Sources);
        foreach (var x in statement.CrossReferences)
        {
            state.CrossReferences.Add(CrossReferenceDto.From(x));
        }

        foreach (var place in statement.Places)
        {
            var pb = new PlaceState { Id = place.Id, Name = place.Name, NameUsage = place.Names[0].Usage };
            for (var i = 1; i < place.Names.Length; i++)
            {
                pb.Aliases.Add(PlaceNameDto.From(place.Names[i]));
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
