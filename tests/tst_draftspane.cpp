#include "drafts/draftlistmodel.h"
#include "drafts/draftstore.h"
#include "drafts/draftspane.h"
#include "widgets/tablebehaviour.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DraftsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStateThenTable();
    void openUsesTheKindsOpener();
    void deleteAndUndo();
    void duplicateSelectsTheCopy();
    void sendWhenOnlineQueuesOnlyValidDrafts();
    void exportThenImport();
    void badImportSaysWhyAndChangesNothing();
    void damagedDatabaseIsAnnounced();
    void deleteSelectsTheNextRow();
    void sendBannerGoesOnceSent();
    void tableConventions();
    void titleKeepsTheRoom();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
};

void tst_DraftsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    m_store->setKnownKinds({DraftKind::Property, DraftKind::Broadcast, DraftKind::Purchase,
                            DraftKind::NumberEdit});
    QVERIFY(m_store->open());
}

void tst_DraftsPane::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_DraftsPane::emptyStateThenTable()
{
    DraftsPane pane(m_store.get());
    QVERIFY(pane.isEmptyStateShown());
    QSignalSpy status(&pane, &SectionPane::statusMessageChanged);
    m_store->create(DraftKind::Property, u"a"_s, u"Marketing"_s);
    QVERIFY(!pane.isEmptyStateShown());
    QCOMPARE(pane.view()->model()->rowCount(), 1);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(), u"1 draft"_s);
}

void tst_DraftsPane::openUsesTheKindsOpener()
{
    DraftsPane pane(m_store.get());
    const Draft property = m_store->create(DraftKind::Property, u"a"_s, u"Marketing"_s);
    const Draft purchase = m_store->create(DraftKind::Purchase, u"a"_s, u"+1 415"_s);
    QStringList opened;
    pane.setOpener(DraftKind::Property, [&opened](const Draft &d) {
        opened << d.id;
        auto *form = new QLabel(d.title);
        form->setWindowTitle(d.title);
        return form;
    });
    QSignalSpy documents(&pane, &SectionPane::documentOpened);

    pane.selectIds({purchase.id});
    QVERIFY(!pane.openAction()->isEnabled()); // no form for purchases here
    pane.selectIds({property.id});
    QVERIFY(pane.openAction()->isEnabled());
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(documents.size(), 1);
    QCOMPARE(opened, QStringList{property.id});
    std::unique_ptr<QWidget> document(documents.first().first().value<QWidget *>());
    QCOMPARE(document->windowTitle(), u"Marketing"_s);

    pane.selectIds({purchase.id});
    pane.openSelected();
    QCOMPARE(documents.size(), 1);
    QVERIFY(pane.isBannerVisible());
    QVERIFY(pane.bannerText().contains(u"no form for its kind"_s));

    // An opener may decline (a queued draft, an account that is gone): the pane says so.
    pane.setOpener(DraftKind::Purchase, [](const Draft &) { return nullptr; });
    pane.openSelected();
    QCOMPARE(documents.size(), 1);
    QVERIFY(pane.bannerText().contains(u"cannot be opened now"_s));
}

void tst_DraftsPane::deleteAndUndo()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"One"_s);
    const Draft b = m_store->create(DraftKind::Property, u"a"_s, u"Two"_s);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.selectIds({a.id, b.id});
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(m_store->count(), 0);
    QVERIFY(pane.isEmptyStateShown());
    QVERIFY(pane.isBannerVisible());
    QCOMPARE(pane.bannerText(), u"2 drafts deleted."_s);
    QVERIFY(pane.undoAction()->isEnabled());

    QVERIFY(pane.isAncestorOf(QApplication::focusWidget()) || pane.hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_store->count(), 2);
    QVERIFY(!pane.isBannerVisible());
    QCOMPARE(pane.selectedIds().size(), 2);
    QVERIFY(!pane.undoAction()->isEnabled());

    // A draft being sent cannot be deleted from under the outbox.
    QVERIFY(m_store->updateContent(a.id, {}, u"One"_s, true));
    QVERIFY(m_store->enqueue(a.id, DraftStore::QueuePosition::Front));
    Draft sending = m_store->draft(a.id);
    sending.state = OutboxState::Sending;
    QVERIFY(m_store->save(sending));
    pane.selectIds({a.id});
    pane.deleteSelected();
    QVERIFY(m_store->contains(a.id));
    QVERIFY(pane.bannerText().contains(u"being sent"_s));
}

void tst_DraftsPane::duplicateSelectsTheCopy()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Broadcast, u"a"_s, u"Spring"_s);
    pane.selectIds({a.id});
    pane.duplicateAction()->trigger();
    QCOMPARE(m_store->count(), 2);
    const QStringList selected = pane.selectedIds();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first() != a.id);
    QCOMPARE(m_store->draft(selected.first()).title, u"Spring (copy)"_s);
}

void tst_DraftsPane::sendWhenOnlineQueuesOnlyValidDrafts()
{
    DraftsPane pane(m_store.get());
    const Draft valid = m_store->create(DraftKind::Property, u"a"_s, u"Ready"_s, {}, true);
    const Draft invalid = m_store->create(DraftKind::Property, u"a"_s, u"Half"_s, {}, false);
    pane.selectIds({invalid.id});
    QVERIFY(!pane.sendAction()->isEnabled());
    pane.selectIds({valid.id, invalid.id});
    QVERIFY(pane.sendAction()->isEnabled());
    pane.sendAction()->trigger();
    QCOMPARE(m_store->draft(valid.id).state, OutboxState::Queued);
    QCOMPARE(m_store->draft(invalid.id).state, OutboxState::Editing);
    QVERIFY(pane.bannerText().contains(u"incomplete"_s));
    const QModelIndex state = pane.model()->indexOf(valid.id, DraftListModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Waiting to send"_s);
}

void tst_DraftsPane::exportThenImport()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"One"_s,
                                    QJsonObject{{u"Name"_s, u"One"_s}}, true);
    const QString file = m_dir->filePath(u"out.json"_s);
    QVERIFY(pane.exportDrafts({a.id}, file));
    QVERIFY(pane.bannerText().contains(u"exported"_s));
    // The same draft is here: importing the file again makes no copy, and says so.
    QVERIFY(pane.importDrafts(file));
    QCOMPARE(m_store->count(), 1);
    QVERIFY2(pane.bannerText().startsWith(u"Nothing new to import"_s), qPrintable(pane.bannerText()));
    // Once deleted, it comes back from the file (a new id).
    pane.selectIds({a.id});
    pane.deleteSelected();
    QVERIFY(pane.importDrafts(file));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(pane.bannerText(), u"1 draft imported."_s);
    QCOMPARE(pane.selectedIds().size(), 1);
    QVERIFY(pane.selectedIds().first() != a.id);
    // Two in the file, one of them here: one imported, one skipped.
    const Draft b = m_store->create(DraftKind::Property, u"a"_s, u"Two"_s,
                                    QJsonObject{{u"Name"_s, u"Two"_s}}, true);
    const QString both = m_dir->filePath(u"both.json"_s);
    QVERIFY(pane.exportDrafts({pane.selectedIds().first(), b.id}, both));
    m_store->remove(b.id);
    QVERIFY(pane.importDrafts(both));
    QCOMPARE(m_store->count(), 2);
    QVERIFY2(pane.bannerText().startsWith(u"1 draft imported."_s), qPrintable(pane.bannerText()));
    QVERIFY2(pane.bannerText().contains(u"Skipped 1 draft"_s), qPrintable(pane.bannerText()));
}

void tst_DraftsPane::badImportSaysWhyAndChangesNothing()
{
    DraftsPane pane(m_store.get());
    m_store->create(DraftKind::Property, u"a"_s, u"One"_s);
    const QString file = m_dir->filePath(u"bad.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"format": "switchboard-drafts", "version": 1, "drafts": [{"id": "x", "kind": "rocket", "accountId": "a", "payload": {}}]})");
    out.close();
    QVERIFY(!pane.importDrafts(file));
    QCOMPARE(m_store->count(), 1);
    QVERIFY(pane.isBannerVisible());
    QVERIFY2(pane.bannerText().startsWith(u"Nothing was imported."_s), qPrintable(pane.bannerText()));
    QVERIFY(pane.bannerText().contains(u"rocket"_s));
}

void tst_DraftsPane::damagedDatabaseIsAnnounced()
{
    QTemporaryDir dir;
    QFile damaged(QDir(dir.path()).filePath(DraftStore::fileName()));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("definitely not sqlite");
    damaged.close();
    DraftStore store(dir.path());
    QVERIFY(store.open());
    DraftsPane pane(&store);
    QVERIFY(pane.isBannerVisible());
    QVERIFY(pane.bannerText().contains(QDir::toNativeSeparators(store.recoveredDamagedFile())));
}

// As in a file manager: the row after the deleted one is selected, so Delete can go on.
void tst_DraftsPane::deleteSelectsTheNextRow()
{
    DraftsPane pane(m_store.get());
    pane.view()->sortByColumn(DraftListModel::TitleColumn, Qt::AscendingOrder);
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"Alpha"_s);
    const Draft b = m_store->create(DraftKind::Property, u"a"_s, u"Bravo"_s);
    const Draft c = m_store->create(DraftKind::Property, u"a"_s, u"Charlie"_s);
    pane.show();
    pane.activateWindow(); // shortcuts (Del) work in the active window
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.selectIds({b.id});
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QVERIFY(!m_store->contains(b.id));
    QCOMPARE(pane.selectedIds(), QStringList{c.id});
    QCOMPARE(pane.view()->currentIndex().data(DraftListModel::IdRole).toString(), c.id);
    // The last row: the one before it becomes the selection.
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(pane.selectedIds(), QStringList{a.id});
}

// "will be sent as soon as the server can be reached" is gone once the row says Sent.
void tst_DraftsPane::sendBannerGoesOnceSent()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"One"_s,
                                    QJsonObject{{u"Name"_s, u"One"_s}}, true);
    pane.selectIds({a.id});
    pane.sendSelectedWhenOnline();
    QVERIFY(pane.isBannerVisible());
    QVERIFY2(pane.bannerText().contains(u"will be sent"_s), qPrintable(pane.bannerText()));
    // What the outbox does with it.
    Draft sending = m_store->draft(a.id);
    sending.state = OutboxState::Sending;
    QVERIFY(m_store->save(sending));
    QVERIFY(pane.isBannerVisible()); // still on its way
    sending.state = OutboxState::Sent;
    sending.remoteId = u"PN1"_s;
    QVERIFY(m_store->save(sending));
    QVERIFY2(!pane.isBannerVisible(), qPrintable(pane.bannerText()));
}

// Tab leaves the list; its context menu has the toolbar's actions for the rows; Ctrl+C
// copies the selected rows as text.
void tst_DraftsPane::tableConventions()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"Spring campaign"_s);
    pane.show();
    QVERIFY(!pane.view()->tabKeyNavigation());
    pane.selectIds({a.id});
    TableBehaviour *table = TableBehaviour::of(pane.view());
    QVERIFY(table);
    std::unique_ptr<QMenu> menu(table->createContextMenu(&pane));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    for (QAction *expected : {pane.openAction(), pane.sendAction(), pane.duplicateAction(),
                              pane.deleteAction(), pane.moveAction()})
        QVERIFY2(menu->actions().contains(expected), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"&Copy as text"_s), qPrintable(texts.join(u", "_s)));

    QApplication::clipboard()->clear();
    pane.view()->setFocus();
    QTest::keySequence(pane.view(), QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Spring campaign"_s), qPrintable(copied));
    QVERIFY2(copied.contains(u'\t'), qPrintable(copied)); // the whole row, not one cell
}

// At 1000 px with a long outbox message the title still gets the room.
void tst_DraftsPane::titleKeepsTheRoom()
{
    DraftsPane pane(m_store.get());
    const Draft a = m_store->create(DraftKind::Property, u"a"_s, u"Spring marketing campaign"_s,
                                    QJsonObject{{u"Name"_s, u"x"_s}}, true);
    Draft rejected = m_store->draft(a.id);
    QVERIFY(m_store->enqueue(a.id));
    rejected = m_store->draft(a.id);
    rejected.state = OutboxState::Sending;
    QVERIFY(m_store->save(rejected));
    rejected.state = OutboxState::Rejected;
    rejected.errorMessage = QString(u"The server refused the property because "_s).repeated(4);
    QVERIFY(m_store->save(rejected));
    pane.resize(760, 400); // the central area of a 1000 px window
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QHeaderView *header = pane.view()->horizontalHeader();
    const int title = header->sectionSize(DraftListModel::TitleColumn);
    const int state = header->sectionSize(DraftListModel::StateColumn);
    const int wanted = pane.view()->fontMetrics().horizontalAdvance(u"Spring marketing campaign"_s);
    QVERIFY2(title >= wanted, qPrintable(u"title %1 < %2, state %3"_s.arg(title).arg(wanted).arg(state)));
    QVERIFY2(title > state, qPrintable(u"title %1, state %2"_s.arg(title).arg(state)));
    // The whole outbox text is in the tooltip.
    const QModelIndex cell = pane.view()->model()->index(0, DraftListModel::StateColumn);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(tst_DraftsPane)
#include "tst_draftspane.moc"
