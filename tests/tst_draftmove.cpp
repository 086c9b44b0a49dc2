// Moving drafts to another account (a removed account's, or one whose login changed): what
// may move keeps its state on the new account; what may have reached the old one stays.
#include "drafts/draftlistmodel.h"
#include "drafts/draftmove.h"
#include "drafts/draftstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DraftMove final : public QObject
{
    Q_OBJECT

private slots:
    void movesWhatIsSafeToMove();
    void blockedDraftsSayWhy();

private:
    static Draft inState(DraftStore &store, const QString &title, const QList<OutboxState> &path);
};

Draft tst_DraftMove::inState(DraftStore &store, const QString &title, const QList<OutboxState> &path)
{
    Draft d = store.create(DraftKind::Property, u"old-profile"_s, title, {{u"Name"_s, title}}, true);
    for (OutboxState state : path) {
        if (state == OutboxState::Queued && d.isEditable()) {
            store.enqueue(d.id);
        } else {
            d = store.draft(d.id);
            d.state = state;
            if (state == OutboxState::Sent)
                d.remoteId = u"S123"_s;
            store.save(d);
        }
        d = store.draft(d.id);
    }
    return d;
}

void tst_DraftMove::movesWhatIsSafeToMove()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    using S = OutboxState;
    const Draft editing = inState(store, u"editing"_s, {});
    const Draft queued = inState(store, u"queued"_s, {S::Queued});
    Draft rejected = inState(store, u"rejected"_s, {S::Queued, S::Sending, S::Rejected});
    const Draft sending = inState(store, u"sending"_s, {S::Queued, S::Sending});
    const Draft unknown = inState(store, u"unknown"_s, {S::Queued, S::Sending, S::Unknown});
    const Draft undecided = inState(store, u"undecided"_s, {S::Queued, S::Sending, S::Unknown, S::Undecided});
    const Draft sent = inState(store, u"sent"_s, {S::Queued, S::Sending, S::Sent});
    QCOMPARE(rejected.state, S::Rejected);
    QCOMPARE(undecided.state, S::Undecided);
    QCOMPARE(sent.state, S::Sent);

    QSignalSpy changed(&store, &DraftStore::draftChanged);
    const DraftMoveResult r = DraftMove::move(&store, {editing.id, queued.id, rejected.id, sending.id,
                                                       unknown.id, undecided.id, sent.id},
                                              u"new-profile"_s);
    QCOMPARE(r.moved, (QStringList{editing.id, queued.id, rejected.id}));
    QCOMPARE(r.refused.size(), 4);
    QVERIFY(r.refused.at(0).contains(u"sending"_s)); // names the draft
    QVERIFY(r.refused.at(0).contains(u"twice"_s));   // and why not
    QVERIFY(r.refused.at(3).contains(u"sent already"_s));
    QCOMPARE(changed.size(), 3);

    // What moved keeps its state on the new account: a queued one waits in its outbox.
    QCOMPARE(store.draft(editing.id).accountId, u"new-profile"_s);
    QCOMPARE(store.draft(queued.id).state, S::Queued);
    QCOMPARE(store.draft(queued.id).accountId, u"new-profile"_s);
    QVERIFY(!store.outbox(u"new-profile"_s).isEmpty());
    QCOMPARE(store.draft(rejected.id).state, S::Rejected);
    // What stayed is where it was.
    for (const Draft &d : {sending, unknown, undecided, sent})
        QCOMPARE(store.draft(d.id).accountId, u"old-profile"_s);
    // Nothing to do, no harm.
    QVERIFY(DraftMove::move(&store, {editing.id}, u"new-profile"_s).moved.isEmpty());
    QVERIFY(DraftMove::move(&store, {editing.id}, QString()).moved.isEmpty());
}

void tst_DraftMove::blockedDraftsSayWhy()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const Draft kept = inState(store, u"kept"_s, {});
    const Draft sent = inState(store, u"sent"_s, {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent});
    const Draft elsewhere = store.create(DraftKind::Property, u"live-profile"_s, u"live"_s);
    DraftListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBlockedProfiles({{u"old-profile"_s, u"Its account “Acme” was removed."_s}});
    QCOMPARE(changed.size(), 1);
    const QModelIndex state = model.indexOf(kept.id, DraftListModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Cannot be sent"_s);
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"was removed"_s));
    QCOMPARE(state.data(DraftListModel::BlockedRole).toString(), u"Its account “Acme” was removed."_s);
    // What was sent is history: nothing blocks it. Other accounts' drafts are untouched.
    QVERIFY(model.indexOf(sent.id).data(DraftListModel::BlockedRole).toString().isEmpty());
    QVERIFY(model.indexOf(elsewhere.id).data(DraftListModel::BlockedRole).toString().isEmpty());
    // Moved: no longer blocked.
    DraftMove::move(&store, {kept.id}, u"live-profile"_s);
    QVERIFY(model.indexOf(kept.id).data(DraftListModel::BlockedRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DraftMove)
#include "tst_draftmove.moc"
