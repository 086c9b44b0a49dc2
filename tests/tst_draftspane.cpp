#include "drafts/draftlistmodel.h"
#include "drafts/draftstore.h"
#include "drafts/draftspane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
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
    QVERIFY(pane.importDrafts(file));
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(pane.bannerText(), u"1 draft imported."_s);
    QCOMPARE(pane.selectedIds().size(), 1);
    QVERIFY(pane.selectedIds().first() != a.id);
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

QTEST_MAIN(tst_DraftsPane)
#include "tst_draftspane.moc"
