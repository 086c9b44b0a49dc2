#pragma once

#include "draft.h"

#include <QJsonObject>
#include <QString>

#include <functional>

// What one kind of draft decides for itself where the store and the outbox are generic:
// what a copy keeps, when a draft must stay on its account, and what a draft becomes when
// the user keeps it as a draft while it waits for their decision. Registered once per kind
// (DraftStore::setKindRules, from the kind registry); a kind without rules is copied, moved
// and taken back as it is.
//
//     store.setKindRules(DraftKind::Purchase, purchaseKindRules());
//     const QJsonObject copy = store.copiedPayload(draft, DraftKindRules::Copy::Duplicate);
struct DraftKindRules
{
    enum class Copy {
        Duplicate, // Duplicate in the Drafts list: a new draft on the same account
        Import,    // read back from an export file
        Move,      // the same draft, now on another account
    };

    // The payload a copy (or a moved draft) starts from: what belonged to the original alone
    // is dropped, such as a purchase's confirmation (it named the account and the numbers).
    std::function<QJsonObject(const QJsonObject &payload, Copy why)> copied;
    // Why this draft must stay on its account (part of it happened there already); empty
    // when it may move.
    std::function<QString(const Draft &draft)> whyItStays;
    // An Undecided draft the user keeps as a draft: its sendContext still names the step in
    // flight and the candidates. The payload returned must not let that step be sent again
    // as if it had never left (a purchase marks the number "needs your decision").
    std::function<QJsonObject(const Draft &draft)> keptUndecided;
};
