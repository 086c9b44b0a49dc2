#include "drafts/draftlistmodel.h"
#include "drafts/draftstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DraftListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithTheStoresDrafts();
    void followsTheStoreRowByRow();
    void sortsOnRawValues();
    void stateTextAndToolTip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
};

void tst_DraftListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
}

void tst_DraftListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_DraftListModel::startsWithTheStoresDrafts()
{
    m_store->create(DraftKind::Property, u"a"_s, u"One"_s);
    m_store->create(DraftKind::Purchase, u"a"_s, u"Two"_s);
    DraftListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DraftListModel::ColumnCount));
    QCOMPARE(model.headerData(DraftListModel::StateColumn, Qt::Horizontal).toString(), u"Outbox"_s);
}

void tst_DraftListModel::followsTheStoreRowByRow()
{
    DraftListModel model(m_store.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DraftListModel::SortRole);
    proxy.sort(DraftListModel::TitleColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(aboutToInsert.isValid() && inserted.isValid() && removed.isValid()
            && changed.isValid() && reset.isValid());

    QStringList ids;
    for (const QString &title : {u"Charlie"_s, u"Alpha"_s, u"Bravo"_s})
        ids << m_store->create(DraftKind::Property, u"a"_s, title).id;
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(aboutToInsert.size(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(inserted.at(2).at(2).toInt(), 2);
    QCOMPARE(proxy.index(0, DraftListModel::TitleColumn).data().toString(), u"Alpha"_s);

    QVERIFY(m_store->updateContent(ids.at(0), {}, u"Aardvark"_s, true));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(proxy.index(0, DraftListModel::TitleColumn).data().toString(), u"Aardvark"_s);
    QCOMPARE(model.index(0, DraftListModel::ValidColumn).data(DraftListModel::SortRole).toBool(), true);

    QVERIFY(m_store->remove(ids.at(1)));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(ids.at(2)), 1);
    QCOMPARE(model.idAt(1), ids.at(2));

    QVERIFY(m_store->restore(ids.at(1)));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(ids.at(1)), 2);

    const Draft copy = m_store->duplicate(ids.at(2));
    QCOMPARE(model.rowOf(copy.id), 3);

    QVERIFY(m_store->enqueue(ids.at(0)));
    QCOMPARE(model.index(0, 0).data(DraftListModel::StateRole).toInt(), int(OutboxState::Queued));

    QVERIFY(!m_store->remove(ids.at(0))); // queued: taken out of the outbox first
    QVERIFY(m_store->dequeue(ids.at(0)));

    // Remove from the middle and the ends; the hash of rows stays right.
    for (const QString &id : {ids.at(2), copy.id, ids.at(0), ids.at(1)}) {
        QVERIFY(m_store->remove(id));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.idAt(row)), row);
    }
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0); // never a reset per change
}

void tst_DraftListModel::sortsOnRawValues()
{
    DraftListModel model(m_store.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DraftListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString first = m_store->create(DraftKind::Property, u"a"_s, u"9"_s).id;
    const QString second = m_store->create(DraftKind::Property, u"a"_s, u"10"_s).id;
    Draft older = m_store->draft(second);
    older.updatedAt = m_store->draft(first).updatedAt.addSecs(-3600);
    QVERIFY(m_store->save(older));
    proxy.sort(DraftListModel::LastEditColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(DraftListModel::IdRole).toString(), second);
    proxy.sort(DraftListModel::LastEditColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(DraftListModel::IdRole).toString(), first);
}

void tst_DraftListModel::stateTextAndToolTip()
{
    Draft d = m_store->create(DraftKind::Property, u"a"_s, u"<b>x</b>"_s);
    d.state = OutboxState::Rejected;
    d.errorMessage = u"TimeZone is required"_s;
    d.errors = {{u"TimeZone"_s, u"PARAMETER_REQUIRED"_s, u"<script>TimeZone</script> is required"_s}};
    QVERIFY(m_store->save(d));
    DraftListModel model(m_store.get());
    const QModelIndex state = model.index(0, DraftListModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Rejected: TimeZone is required"_s);
    const QString tip = state.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(u"&lt;script&gt;"_s)); // server text is escaped, never markup
    QVERIFY(!tip.contains(u"<script>"_s));
    QCOMPARE(model.index(0, DraftListModel::TitleColumn).data().toString(), u"<b>x</b>"_s);
}

QTEST_GUILESS_MAIN(tst_DraftListModel)
#include "tst_draftlistmodel.moc"
