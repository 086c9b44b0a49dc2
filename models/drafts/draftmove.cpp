#include "draftmove.h"

#include "draftstore.h"

bool DraftMove::canMove(const Draft &draft, QString *why, const DraftStore *store)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    switch (draft.state) {
    case OutboxState::Editing:
    case OutboxState::Rejected:
    case OutboxState::Queued: {
        if (draft.isBetweenSteps()) {
            return refuse(tr("“%1” is partly sent: its next step waits in the outbox of its "
                             "account, and moving it now could send the rest to another "
                             "account. Keep it as a draft first, or let the outbox finish.")
                              .arg(draft.title));
        }
        const DraftKindRules rules = store ? store->kindRules(draft.kind) : DraftKindRules();
        if (rules.whyItStays) {
            if (const QString reason = rules.whyItStays(draft); !reason.isEmpty())
                return refuse(reason);
        }
        return true;
    }
    case OutboxState::Sent:
        return refuse(tr("“%1” was sent already.").arg(draft.title));
    case OutboxState::Sending:
    case OutboxState::Unknown:
    case OutboxState::Undecided:
        return refuse(tr("“%1” may have reached its account already; moving it could create it "
                         "twice. Export it instead, or keep it as a draft once the outbox has "
                         "settled it.")
                          .arg(draft.title));
    }
    return refuse(QString());
}

DraftMoveResult DraftMove::move(DraftStore *store, const QStringList &ids,
                                const QString &targetProfileId)
{
    DraftMoveResult result;
    if (!store || targetProfileId.isEmpty())
        return result;
    for (const QString &id : ids) {
        Draft draft = store->draft(id);
        if (draft.isNull())
            continue;
        QString why;
        if (!canMove(draft, &why, store)) {
            result.refused << why;
            continue;
        }
        if (draft.accountId == targetProfileId)
            continue;
        draft.accountId = targetProfileId;
        // What the old account's server said no longer applies.
        if (draft.state == OutboxState::Queued)
            draft.errorMessage.clear();
        draft.sendContext = {};
        draft.payload = store->copiedPayload(draft, DraftKindRules::Copy::Move);
        if (store->save(draft))
            result.moved << id;
        else
            result.refused << store->errorString();
    }
    return result;
}
