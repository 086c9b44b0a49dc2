#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DraftStore;
struct Draft;

// What moving drafts to another account did.
struct DraftMoveResult
{
    QStringList moved;   // ids now on the target account
    QStringList refused; // one sentence per draft that stayed where it was
};

// Moves drafts to another account profile of the same family (a removed account's, or one
// whose login changed). A draft being edited or refused stays so; one waiting in the outbox
// waits in the target's outbox. A draft whose send may have happened (sending, lost answer,
// waiting for the user's decision) or that was sent stays where it is: moving it could
// create it twice.
//
//     const DraftMoveResult r = DraftMove::move(store, ids, target.profile().id);
class DraftMove
{
    Q_DECLARE_TR_FUNCTIONS(DraftMove)

public:
    // Whether this draft may move; the reason when not.
    static bool canMove(const Draft &draft, QString *why = nullptr);
    static DraftMoveResult move(DraftStore *store, const QStringList &ids,
                                const QString &targetProfileId);
};
