using DevConnect.Domain.Messaging;

namespace DevConnect.Tests.Messaging;

/// <summary>What a conversation itself refuses, whatever service or page calls it.</summary>
public sealed class ConversationRulesTests
{
    private static readonly DateTime _now = new(2031, 3, 4, 10, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_message_is_refused_at_the_message_box(string? body)
    {
        var conversation = Conversation.Contact(1, "writer", "owner", _now);

        var posted = conversation.Post("writer", body, _now);

        Assert.Equal(MessagingErrors.MessageLength, posted.Error!.Code);
        Assert.Equal(MessagingService.BodyField, posted.Error.Field);
        Assert.Null(posted.Value);
    }

    [Fact]
    public void A_message_one_character_over_the_limit_is_refused()
    {
        var conversation = Conversation.Contact(1, "writer", "owner", _now);

        var posted = conversation.Post("writer", new string('x', Message.MaxLength + 1), _now.AddMinutes(1));

        Assert.Equal(MessagingErrors.MessageLength, posted.Error!.Code);
        Assert.Equal(_now, conversation.LastMessageAtUtc);
    }

    [Fact]
    public void Someone_outside_the_conversation_cannot_post_and_is_told_it_does_not_exist()
    {
        var conversation = Conversation.Contact(1, "writer", "owner", _now);

        var posted = conversation.Post("stranger", "Let me in", _now.AddMinutes(1));

        Assert.Equal(MessagingErrors.ConversationNotFound, posted.Error!.Code);
        Assert.Equal(_now, conversation.LastMessageAtUtc);
        Assert.False(conversation.Includes("stranger"));
    }

    [Fact]
    public void Nobody_opens_a_conversation_with_themselves()
    {
        Assert.Throws<InvalidOperationException>(() => Conversation.Contact(1, "owner", "owner", _now));
    }

    [Fact]
    public void An_application_is_news_to_the_owner_but_read_by_the_applicant()
    {
        var conversation = Conversation.ForApplication(1, 7, "applicant", "owner", _now);

        Assert.Equal(_now, conversation.Participants.Single(p => p.UserId == "applicant").LastReadAtUtc);
        Assert.Equal(DateTime.MinValue, conversation.Participants.Single(p => p.UserId == "owner").LastReadAtUtc);
        Assert.Equal(7, conversation.ApplicationId);
    }

    [Fact]
    public void A_team_conversation_takes_each_new_member_once()
    {
        var team = Conversation.ForTeam(1, "owner", _now);

        Assert.True(team.Join("member", _now));
        Assert.False(team.Join("member", _now.AddDays(1)));

        Assert.Equal(["owner", "member"], team.Participants.Select(p => p.UserId));
    }

    [Fact]
    public void Only_a_team_conversation_takes_new_participants()
    {
        var contact = Conversation.Contact(1, "writer", "owner", _now);

        Assert.Throws<InvalidOperationException>(() => contact.Join("third", _now));
        Assert.Equal(2, contact.Participants.Count);
    }
}
