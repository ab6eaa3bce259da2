package io.dealstream.extractor;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.extractor.Sentence.Name;
import io.dealstream.model.Condition;
import io.dealstream.model.Money;
import io.dealstream.model.Tranche;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sentence says about one deal: a partial deal that {@link DealAssembler} merges with the
 * other frames of the article that describe the same deal.
 */
final class Frame {

    /** A reference to a company: a name, or an anaphor ("it", "the company") resolved later. */
    static final class Ref {
        String text;
        final Name name;
        final Sentence sentence;
        boolean anaphor;

        Ref(String text, Name name, Sentence sentence, boolean anaphor) {
            this.text = text;
            this.name = name;
            this.sentence = sentence;
            this.anaphor = anaphor;
        }

        static Ref of(Sentence s, Name n) {
            return new Ref(n.text, n, s, false);
        }

        static Ref anaphor(Sentence s) {
            return new Ref(null, null, s, true);
        }

        @Override
        public String toString() {
            return anaphor && text == null ? "<anaphor>" : text;
        }
    }

    /** A party as the sentence names it. */
    static final class PartyRef {
        final Ref ref;
        String role;
        Money amount;

        PartyRef(Ref ref, String role, Money amount) {
            this.ref = ref;
            this.role = role;
            this.amount = amount;
        }

        @Override
        public String toString() {
            return ref + "/" + role + (amount == null ? "" : "(" + amount.value() + ")");
        }
    }

    String type;
    final Sentence sentence;
    final int anchor;
    int lo;
    int hi;
    Ref target;
    final List<PartyRef> parties = new ArrayList<>();
    MoneySpan amount;
    /** The money the frame is about when it has no amount (a valuation): where to look for time cues. */
    MoneySpan focus;
    Money valuation;
    String basis;
    String round;
    String status;
    boolean background;
    /** Elaborates a deal named elsewhere in the article ("the round was led by ..."). */
    boolean attachment;
    /** For an attachment: the type of deal it elaborates, or null for the article's main deal. */
    String attachType;
    /** Stake in percent for stake purchases, or -1. */
    double stakePercent = -1;
    final List<Condition> conditions = new ArrayList<>();
    final List<Tranche> tranches = new ArrayList<>();
    /** Set when the amount is only a deal-size cue ("$22 billion deal") that a better amount may replace. */
    boolean weakAmount;
    /** A fund's close or raise: its target is the fund or its manager, the amount the fund's size. */
    boolean fund;
    /** Only elaborates a fund told earlier in the article: its limited partners, or that it closed. */
    boolean aboutEarlierFund;

    Frame(String type, Sentence sentence, int anchor) {
        this.type = type;
        this.sentence = sentence;
        this.anchor = anchor;
        this.lo = 0;
        this.hi = sentence.size();
    }

    PartyRef addParty(Ref ref, String role, Money amount) {
        for (PartyRef p : parties) {
            if (p.ref.text != null && ref.text != null && p.ref.text.equals(ref.text)) {
                if (DealAssembler.roleRank(role) > DealAssembler.roleRank(p.role)) {
                    p.role = role;
                }
                if (amount != null) {
                    p.amount = amount;
                }
                return p;
            }
        }
        PartyRef p = new PartyRef(ref, role, amount);
        parties.add(p);
        return p;
    }

    @Override
    public String toString() {
        return (attachment ? "attach:" + attachType : type) + " T=" + target + " P=" + parties
                + " A=" + (amount == null ? null : amount.money()) + " V=" + valuation + "/" + basis
                + " R=" + round + " S=" + status + " bg=" + background + " C=" + conditions + " Tr=" + tranches
                + " @" + sentence.index + ":" + anchor;
    }
}
