// PropertyListModel and PropertyFilterModel against the real sandbox over HTTP, both under
// QAbstractItemModelTester while the pages arrive.
#include "api/accountclient.h"
#include "properties/propertiesclient.h"
#include "properties/propertydraft.h"
#include "properties/propertyfiltermodel.h"
#include "properties/propertylistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PropertyListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingLoadsUntilAsked();
    void firstPageIsOneBatch();
    void oneFetchInFlight();
    void pagesToTheEnd();
    void testerMayDriveFetchMore();
    void rolesAreRawValues();
    void addCreatedAppendsWithoutReload();
    void addCreatedTwiceIsOneRow();
    void createdPropertyIsNotRepeatedByLaterPage();
    void sortsOnRawValues_data();
    void sortsOnRawValues();
    void filtersByTextAndFlags();
    void filterSettersInvalidateOnlyOnChange();
    void reloadStartsAgain();
    void wrongCredentialsFailThePage();
    void serverDownFailsThePageAndKeepsRows();

private:
    // Fetches pages until the model has at least `rows` rows or no more pages.
    bool fetchUntil(PropertyListModel &model, int rows);
    Property createProperty(const QString &name);

    SandboxFixture m_sandbox;
    std::unique_ptr<AccountClient> m_client;
};

void tst_PropertyListModel::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_PropertyListModel::init()
{
    m_client = std::make_unique<AccountClient>(m_sandbox.profile(ApiFamily::Properties));
}

void tst_PropertyListModel::cleanup()
{
    m_client.reset();
}

bool tst_PropertyListModel::fetchUntil(PropertyListModel &model, int rows)
{
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    while (model.rowCount() < rows && model.canFetchMore({})) {
        const qsizetype before = loaded.size();
        model.fetchMore({});
        if (loaded.size() == before && !loaded.wait(10000))
            return false;
        if (!failed.isEmpty())
            return false;
    }
    return true;
}

Property tst_PropertyListModel::createProperty(const QString &name)
{
    PropertyDraft draft;
    draft.name = name;
    draft.mainDomain = u"created.example.com"_s;
    draft.timeZone = u"AUS Eastern Standard Time"_s;
    draft.smsEnabled = true;
    ApiJob *job = PropertiesClient(m_client.get()).create(draft);
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(10000))
        return {};
    Property created;
    const ApiError error = PropertiesClient::parseProperty(finished.first().first().value<ApiResult>(),
                                                           &created);
    if (error.isError())
        qWarning() << error.displayText();
    return created;
}

void tst_PropertyListModel::nothingLoadsUntilAsked()
{
    const quint64 before = m_sandbox.server().requestCount();
    PropertyListModel model(m_client.get());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PropertyListModel::ColumnCount));
    QCOMPARE(model.totalCount(), -1);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QVERIFY(!model.hasLoadedFirstPage());
    QCoreApplication::processEvents(); // nothing is queued either
    QVERIFY(!model.isLoading());
    QCOMPARE(m_sandbox.server().requestCount(), before);

    // A tester (like a view) asks for the first page itself; only that one is loaded.
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), PropertiesClient::DefaultPageSize);
    QVERIFY(model.totalCount() > model.rowCount());
    QCOMPARE(m_sandbox.server().requestCount(), before + 1);
}

void tst_PropertyListModel::firstPageIsOneBatch()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(25);
    PropertyFilterModel proxy;
    // Testers first, so they see every signal of the first page.
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    proxyTester.setUseFetchMore(false);

    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QSignalSpy total(&model, &PropertyListModel::totalCountChanged);
    QVERIFY(inserted.isValid() && loaded.isValid() && total.isValid());

    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 24); // last, not count
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(proxy.rowCount(), 25);
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(loaded.first().at(1).toInt(), 25);
    QVERIFY(model.totalCount() > 25); // the demo data has hundreds
    QCOMPARE(total.size(), 1);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasLoadedFirstPage());
}

void tst_PropertyListModel::oneFetchInFlight()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const quint64 before = m_sandbox.server().requestCount();
    model.fetchMore({});
    model.fetchMore({}); // a view calls this often: no second request while one is out
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QVERIFY(!model.isLoading()); // no second request was started
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(m_sandbox.server().requestCount() - before, quint64(1));
}

void tst_PropertyListModel::pagesToTheEnd()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(120);
    PropertyFilterModel proxy;
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    proxy.setSourceModel(&model);
    proxy.sort(PropertyListModel::NameColumn); // a sorted proxy while pages arrive
    QAbstractItemModelTester proxyTester(&proxy);
    proxyTester.setUseFetchMore(false);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY(fetchUntil(model, INT_MAX));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), model.totalCount());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(inserted.size(), (model.totalCount() + 119) / 120); // one batch per page

    QSet<QString> sids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Property &p = model.propertyAt(row);
        QVERIFY2(Property::isPropertySid(p.propertySid), qPrintable(p.propertySid));
        QCOMPARE(model.rowOf(p.propertySid), row);
        sids.insert(p.propertySid);
    }
    QCOMPARE(sids.size(), model.rowCount()); // no property twice

    // At the end, fetchMore() is a no-op.
    const quint64 before = m_sandbox.server().requestCount();
    model.fetchMore({});
    QVERIFY(!model.isLoading());
    QCOMPARE(m_sandbox.server().requestCount(), before);
}

void tst_PropertyListModel::testerMayDriveFetchMore()
{
    // Left to itself the tester calls fetchMore(): the model must stay consistent.
    PropertyListModel model(m_client.get());
    model.setPageSize(7);
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QAbstractItemModelTester tester(&model);
    PropertyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 7, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY(model.rowCount() <= model.totalCount());
    QSet<QString> sids;
    for (int row = 0; row < model.rowCount(); ++row)
        sids.insert(model.propertyAt(row).propertySid);
    QCOMPARE(sids.size(), model.rowCount());
}

void tst_PropertyListModel::rolesAreRawValues()
{
    PropertyListModel model(m_client.get());
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, 1));
    const Property &p = model.propertyAt(0);
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a flat table: no children
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    QCOMPARE(model.index(0, PropertyListModel::NameColumn).data().toString(), p.name);
    QCOMPARE(model.index(0, PropertyListModel::DomainColumn).data().toString(), p.mainDomain);
    QCOMPARE(model.index(0, PropertyListModel::TimeZoneColumn).data().toString(), p.timeZone);
    QCOMPARE(model.index(0, PropertyListModel::SidColumn).data().toString(), p.propertySid);

    const QModelIndex sms = model.index(0, PropertyListModel::SmsColumn);
    QCOMPARE(sms.data(PropertyListModel::SortRole).typeId(), QMetaType::Bool);
    QCOMPARE(sms.data(PropertyListModel::SortRole).toBool(), p.smsEnabled);
    QCOMPARE(sms.data(Qt::CheckStateRole).value<Qt::CheckState>(),
             p.smsEnabled ? Qt::Checked : Qt::Unchecked);
    QVERIFY(!(model.flags(sms) & Qt::ItemIsUserCheckable)); // shown, not editable
    QVERIFY(!(model.flags(sms) & Qt::ItemIsEditable));
    const QModelIndex active = model.index(0, PropertyListModel::ActiveColumn);
    QCOMPARE(active.data(PropertyListModel::SortRole).toBool(), p.active);
    QCOMPARE(active.data(Qt::AccessibleTextRole).toString(), p.active ? u"Yes"_s : u"No"_s);

    QCOMPARE(model.index(0, PropertyListModel::DomainColumn).data(PropertyListModel::PropertyRole)
                 .value<Property>(), p);
    QCOMPARE(model.index(0, PropertyListModel::DomainColumn).data(PropertyListModel::SidRole)
                 .toString(), p.propertySid);
    // The time zone's tooltip gives its offset and a city.
    QVERIFY2(model.index(0, PropertyListModel::TimeZoneColumn).data(Qt::ToolTipRole).toString()
                 .contains(u"UTC"_s), qPrintable(p.timeZone));
    QCOMPARE(model.headerData(PropertyListModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QVERIFY(!model.index(model.rowCount(), 0).isValid());
}

void tst_PropertyListModel::addCreatedAppendsWithoutReload()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    PropertyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    proxyTester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, 20));
    const int totalBefore = model.totalCount();

    const Property created = createProperty(u"Harbour View Dental — Added"_s);
    QVERIFY(Property::isPropertySid(created.propertySid));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const quint64 requestsBefore = m_sandbox.server().requestCount();
    const QModelIndex index = model.addCreated(created);
    QVERIFY(index.isValid());
    QCOMPARE(index.row(), 20);
    QCOMPARE(index.column(), 0);
    QCOMPARE(index.data().toString(), created.name);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(model.totalCount(), totalBefore + 1);
    QCOMPARE(m_sandbox.server().requestCount(), requestsBefore); // no reload
    QVERIFY(proxy.mapFromSource(index).isValid());
}

void tst_PropertyListModel::addCreatedTwiceIsOneRow()
{
    const Property created = createProperty(u"Northside Plumbing — Twice"_s);
    QVERIFY(!created.propertySid.isEmpty());

    PropertyListModel model(m_client.get());
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    QAbstractItemModelTester tester(&model); // asks for the first page
    QVERIFY(loaded.wait(10000));
    const int rows = model.rowCount();
    QCOMPARE(model.rowOf(created.propertySid), -1); // the newest comes last, not in page one

    const QModelIndex first = model.addCreated(created);
    QCOMPARE(model.rowCount(), rows + 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex second = model.addCreated(created);
    QCOMPARE(second, first);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0); // nothing changed either
    QCOMPARE(model.rowCount(), rows + 1);

    Property renamed = created;
    renamed.name += u" (renamed)"_s;
    QCOMPARE(model.addCreated(renamed), first);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(first.data().toString(), renamed.name);
    QCOMPARE(model.rowCount(), rows + 1);
}

void tst_PropertyListModel::createdPropertyIsNotRepeatedByLaterPage()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(200);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, 1));
    QVERIFY(model.canFetchMore({}));

    const Property created = createProperty(u"Lakeside Veterinary — Later Page"_s);
    QVERIFY(!created.propertySid.isEmpty());
    model.addCreated(created);

    // The server lists it again in a later page: it must stay one row.
    QVERIFY(fetchUntil(model, INT_MAX));
    int seen = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        seen += model.propertyAt(row).propertySid == created.propertySid ? 1 : 0;
    QCOMPARE(seen, 1);
    QCOMPARE(model.rowCount(), model.totalCount());
}

void tst_PropertyListModel::sortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name ascending") << int(PropertyListModel::NameColumn) << Qt::AscendingOrder;
    QTest::newRow("name descending") << int(PropertyListModel::NameColumn) << Qt::DescendingOrder;
    QTest::newRow("domain") << int(PropertyListModel::DomainColumn) << Qt::AscendingOrder;
    QTest::newRow("time zone") << int(PropertyListModel::TimeZoneColumn) << Qt::AscendingOrder;
    QTest::newRow("sms") << int(PropertyListModel::SmsColumn) << Qt::AscendingOrder;
    QTest::newRow("active descending") << int(PropertyListModel::ActiveColumn) << Qt::DescendingOrder;
}

void tst_PropertyListModel::sortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    PropertyListModel model(m_client.get());
    model.setPageSize(150);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    PropertyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    proxyTester.setUseFetchMore(false);
    proxy.sort(column, order);
    QVERIFY(fetchUntil(model, 300)); // sorted while two pages arrive
    QCOMPARE(proxy.rowCount(), model.rowCount());

    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant a = proxy.index(row - 1, column).data(PropertyListModel::SortRole);
        const QVariant b = proxy.index(row, column).data(PropertyListModel::SortRole);
        QCOMPARE(a.typeId(), b.typeId());
        bool inOrder = true;
        if (a.typeId() == QMetaType::Bool) {
            inOrder = order == Qt::AscendingOrder ? a.toBool() <= b.toBool() : a.toBool() >= b.toBool();
        } else {
            // The proxy's contract: the locale's collation, ignoring case, numbers by value.
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            collator.setNumericMode(true);
            const int c = collator.compare(a.toString(), b.toString());
            inOrder = order == Qt::AscendingOrder ? c <= 0 : c >= 0;
        }
        QVERIFY2(inOrder, qPrintable(u"row %1: %2 / %3"_s.arg(row).arg(a.toString(), b.toString())));
    }
}

void tst_PropertyListModel::filtersByTextAndFlags()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(1000);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    PropertyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy);
    proxyTester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, INT_MAX));
    QVERIFY(model.rowCount() > 10);

    // Text: a piece of some property's domain, typed in another case with spaces around.
    const QString domain = model.propertyAt(3).mainDomain;
    const QString piece = domain.left(qMin(6, int(domain.size())));
    proxy.setText(u"  "_s + piece.toUpper() + u" "_s);
    QCOMPARE(proxy.text(), piece.toUpper());
    QVERIFY(proxy.isFiltering());
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Property &p = model.propertyAt(row);
        expected += (p.name.contains(piece, Qt::CaseInsensitive)
                     || p.mainDomain.contains(piece, Qt::CaseInsensitive)
                     || p.timeZone.contains(piece, Qt::CaseInsensitive)
                     || p.propertySid.contains(piece, Qt::CaseInsensitive)) ? 1 : 0;
    }
    QVERIFY(expected >= 1);
    QCOMPARE(proxy.rowCount(), expected);

    // Time zone.
    proxy.setText(u"standard time"_s);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const Property p = proxy.index(row, 0).data(PropertyListModel::PropertyRole).value<Property>();
        QVERIFY(p.name.contains(u"standard time"_s, Qt::CaseInsensitive)
                || p.mainDomain.contains(u"standard time"_s, Qt::CaseInsensitive)
                || p.timeZone.contains(u"standard time"_s, Qt::CaseInsensitive));
    }

    // Flags, combined with no text.
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    const struct { PropertyFilterModel::FlagFilter filter; bool (*accepts)(const Property &); } cases[] = {
        {PropertyFilterModel::FlagFilter::SmsEnabled, [](const Property &p) { return p.smsEnabled; }},
        {PropertyFilterModel::FlagFilter::CallRecordingEnabled, [](const Property &p) { return p.callRecordingEnabled; }},
        {PropertyFilterModel::FlagFilter::IntegrationsEnabled, [](const Property &p) { return p.integrationsEnabled; }},
        {PropertyFilterModel::FlagFilter::Active, [](const Property &p) { return p.active; }},
        {PropertyFilterModel::FlagFilter::Inactive, [](const Property &p) { return !p.active; }},
    };
    for (const auto &c : cases) {
        proxy.setFlagFilter(c.filter);
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            count += c.accepts(model.propertyAt(row)) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), count);
    }
    proxy.setFlagFilter(PropertyFilterModel::FlagFilter::All);
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), model.rowCount());

    proxy.setText(u"no property is called this 9f8e7d"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_PropertyListModel::filterSettersInvalidateOnlyOnChange()
{
    PropertyListModel model(m_client.get());
    PropertyFilterModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &PropertyFilterModel::filterChanged);
    QVERIFY(changed.isValid());

    proxy.setText(u"dental"_s);
    QCOMPARE(changed.size(), 1);
    proxy.setText(u" dental "_s); // the same filter
    QCOMPARE(changed.size(), 1);
    proxy.setFlagFilter(PropertyFilterModel::FlagFilter::Active);
    QCOMPARE(changed.size(), 2);
    proxy.setFlagFilter(PropertyFilterModel::FlagFilter::Active);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(proxy.sortRole(), int(PropertyListModel::SortRole));
}

void tst_PropertyListModel::reloadStartsAgain()
{
    PropertyListModel model(m_client.get());
    model.setPageSize(30);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, 60));
    QCOMPARE(model.rowCount(), 60);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &PropertyListModel::pageLoaded);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), -1);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 30);

    // A reload while a page is in flight drops that page.
    model.fetchMore({});
    QVERIFY(model.isLoading());
    model.reload();
    loaded.clear();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 1); // the dropped page never arrives
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(model.rowCount(), 30);
}

void tst_PropertyListModel::wrongCredentialsFailThePage()
{
    AccountClient client(m_sandbox.badProfile(ApiFamily::Properties));
    PropertyListModel model(&client);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.fetchMore({});
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY(!error.displayText().isEmpty());
    QCOMPARE(model.lastError().httpStatus(), 401);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 0);
    // A failed page stops paging until retried, so a view does not hammer the server.
    QVERIFY(!model.canFetchMore({}));
    model.retry();
    QVERIFY(model.isLoading());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 2);
}

void tst_PropertyListModel::serverDownFailsThePageAndKeepsRows()
{
    // Load a page, then stop the server: the next page fails, the shown rows stay.
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    AccountClient client(sandbox.profile(ApiFamily::Properties));
    RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    PropertyListModel model(&client);
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QVERIFY(fetchUntil(model, 40));
    QCOMPARE(model.rowCount(), 40);

    sandbox.server().stop();
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    model.fetchMore({});
    QVERIFY(failed.wait(15000));
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY2(error.kind() != ApiError::Kind::Http && error.kind() != ApiError::Kind::None,
             qPrintable(error.displayText()));
    QCOMPARE(model.rowCount(), 40);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_PropertyListModel)
#include "tst_propertylistmodel.moc"
