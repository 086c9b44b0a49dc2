// PagedListModel against the real sandbox over HTTP, in each of the three list shapes:
// Properties, Twilio/SignalWire IncomingPhoneNumbers.json and broadcast /v1/phone_numbers.
// Every model runs under QAbstractItemModelTester while its pages arrive.
#include "api/accountclient.h"
#include "api/pagedlistmodel.h"
#include "properties/property.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The typed rows of the tiny tables below: an id and a label, read from one record.
ApiError missing(const char *key)
{
    return ApiError::transport(ApiError::Kind::Malformed,
                               u"the record has no “%1”"_s.arg(QLatin1StringView(key)));
}

ApiError readTwoStrings(const QJsonObject &o, const char *idKey, const char *labelKey,
                        QString *id, QString *label)
{
    const QJsonValue idValue = o.value(QLatin1StringView(idKey));
    const QJsonValue labelValue = o.value(QLatin1StringView(labelKey));
    if (!idValue.isString() || idValue.toString().isEmpty())
        return missing(idKey);
    if (!labelValue.isString())
        return missing(labelKey);
    *id = idValue.toString();
    *label = labelValue.toString();
    return {};
}

struct PropertyRow
{
    QString id, label;
    static ApiError read(const QJsonObject &o, PropertyRow *out)
    {
        Property p;
        if (const ApiError error = Property::fromJson(o, &p); error.isError())
            return error;
        *out = {p.propertySid, p.name};
        return {};
    }
};

struct IncomingNumberRow // Twilio and SignalWire
{
    QString id, label;
    static ApiError read(const QJsonObject &o, IncomingNumberRow *out)
    {
        return readTwoStrings(o, "sid", "phone_number", &out->id, &out->label);
    }
};

struct BroadcastNumberRow
{
    QString id, label;
    static ApiError read(const QJsonObject &o, BroadcastNumberRow *out)
    {
        return readTwoStrings(o, "id", "phone_number", &out->id, &out->label);
    }
};

// A row type that no record satisfies, to see a subclass refuse a page.
struct StrictRow
{
    QString id, label;
    static ApiError read(const QJsonObject &o, StrictRow *out)
    {
        return readTwoStrings(o, "id", "no_such_field", &out->id, &out->label);
    }
};

// The smallest concrete table: typed rows in a QList, two columns.
template <typename Row>
class RowsModel final : public PagedListModel
{
public:
    RowsModel(AccountClient *client, const PagedEndpoint &endpoint)
        : PagedListModel(client, endpoint, nullptr)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || role != Qt::DisplayRole)
            return {};
        const Row &row = m_rows.at(index.row());
        return index.column() == 0 ? row.id : row.label;
    }

protected:
    ApiError preparePage(const QJsonArray &records, int *count) override
    {
        m_prepared.clear();
        m_prepared.reserve(records.size());
        for (const QJsonValue &record : records) {
            Row row;
            if (const ApiError error = Row::read(record.toObject(), &row); error.isError())
                return error;
            m_prepared.append(row);
        }
        *count = int(m_prepared.size());
        return {};
    }
    void appendPreparedRows() override
    {
        m_rows += m_prepared;
        m_prepared.clear();
    }
    void clearRows() override
    {
        m_rows.clear();
        m_prepared.clear();
    }

private:
    QList<Row> m_rows;
    QList<Row> m_prepared;
};

enum class Shape { Properties, Twilio, SignalWire, Broadcast };

ApiFamily familyOf(Shape shape)
{
    switch (shape) {
    case Shape::Properties: return ApiFamily::Properties;
    case Shape::Twilio: return ApiFamily::Twilio;
    case Shape::SignalWire: return ApiFamily::SignalWire;
    case Shape::Broadcast: return ApiFamily::Broadcast;
    }
    return ApiFamily::Properties;
}

// The account a shape's list is read as. Broadcast reads the second demo organisation's 20
// numbers: the first's 3,000 are too many to page through five at a time.
AccountProfile profileOf(Shape shape, const SandboxFixture &sandbox)
{
    return shape == Shape::Broadcast ? sandbox.broadcastOtherOrgProfile()
                                     : sandbox.profile(familyOf(shape));
}

enum class Fault { ErrorRate, Garbled, Stopped };

constexpr int NumbersPerAccount = 47; // an uneven last page for every page size below

} // namespace

Q_DECLARE_METATYPE(Shape)
Q_DECLARE_METATYPE(Fault)

class tst_PagedListModel final : public QObject
{
    Q_OBJECT

public:
    tst_PagedListModel()
        : m_sandbox(NumbersPerAccount)
    {
    }

private slots:
    void initTestCase();
    void cleanup();

    void loadsEveryPageToTheEnd_data() { shapes(); }
    void loadsEveryPageToTheEnd();
    void failureMidwayKeepsRowsAndRetryContinues_data();
    void failureMidwayKeepsRowsAndRetryContinues();
    void reloadResetsOnce_data() { shapes(); }
    void reloadResetsOnce();
    void reloadUnderAFetchingViewAsksOnce();
    void pageSizeChangesFromTheNextRequest_data() { shapes(); }
    void pageSizeChangesFromTheNextRequest();
    void recordTheSubclassRefusesFailsThePage();
    void wrongCredentialsFailTheFirstPage_data() { shapes(); }
    void wrongCredentialsFailTheFirstPage();

private:
    static void shapes();
    std::unique_ptr<PagedListModel> makeModel(Shape shape, AccountClient *client,
                                              int pageSize) const;
    // How many records the server lists, read in one big page outside the model.
    int serverCount(Shape shape, SandboxFixture &sandbox);
    // Asks for one page and waits for its answer; false on a timeout.
    static bool fetchOne(PagedListModel &model);

    SandboxFixture m_sandbox;
};

void tst_PagedListModel::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_PagedListModel::cleanup()
{
    m_sandbox.server().setFaults({});
}

void tst_PagedListModel::shapes()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("properties") << Shape::Properties << 70;   // 300: 4 × 70 + 20
    QTest::newRow("twilio") << Shape::Twilio << 10;           // 47: 4 × 10 + 7
    QTest::newRow("signalwire") << Shape::SignalWire << 15;   // 47: 3 × 15 + 2
    QTest::newRow("broadcast") << Shape::Broadcast << 6;      // 20: 3 × 6 + 2
}

std::unique_ptr<PagedListModel> tst_PagedListModel::makeModel(Shape shape, AccountClient *client,
                                                              int pageSize) const
{
    switch (shape) {
    case Shape::Properties:
        return std::make_unique<RowsModel<PropertyRow>>(client, PagedEndpoint::properties(pageSize));
    case Shape::Twilio:
    case Shape::SignalWire:
        return std::make_unique<RowsModel<IncomingNumberRow>>(
            client, PagedEndpoint::incomingPhoneNumbers(client->family(), client->profile().user,
                                                        pageSize));
    case Shape::Broadcast:
        return std::make_unique<RowsModel<BroadcastNumberRow>>(
            client, PagedEndpoint::broadcast(u"/v1/phone_numbers"_s, pageSize));
    }
    return {};
}

int tst_PagedListModel::serverCount(Shape shape, SandboxFixture &sandbox)
{
    AccountClient client(profileOf(shape, sandbox));
    const std::unique_ptr<PagedListModel> probe = makeModel(shape, &client, 1);
    PagedEndpoint endpoint = probe->endpoint();
    endpoint.pageSize = PagedEndpoint::MaxPageSize; // every list here fits in one page
    const PageRequest request = endpoint.firstRequest();
    QSignalSpy finished(client.get(request.path, request.query), &ApiJob::finished);
    if (!finished.wait(10000))
        return -1;
    const PageResult page = endpoint.parsePage(finished.first().first().value<ApiResult>());
    if (!page.ok() || !page.isLastPage())
        return -1;
    return int(page.records.size());
}

bool tst_PagedListModel::fetchOne(PagedListModel &model)
{
    QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    model.fetchMore({});
    return loaded.wait(10000) || !failed.isEmpty();
}

void tst_PagedListModel::loadsEveryPageToTheEnd()
{
    QFETCH(Shape, shape);
    QFETCH(int, pageSize);
    const int expected = serverCount(shape, m_sandbox);
    QVERIFY(expected > pageSize);
    if (shape == Shape::Twilio || shape == Shape::SignalWire)
        QCOMPARE(expected, NumbersPerAccount);
    if (shape == Shape::Properties)
        QCOMPARE(expected, 300);

    AccountClient client(profileOf(shape, m_sandbox));
    const std::unique_ptr<PagedListModel> model = makeModel(shape, &client, pageSize);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(model.get(), &PagedListModel::pageLoaded);
    QSignalSpy failed(model.get(), &PagedListModel::loadFailed);
    QSignalSpy loading(model.get(), &PagedListModel::loadingChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), -1);
    QVERIFY(model->canFetchMore({}));
    QVERIFY(!model->isLoading());
    QVERIFY(!model->hasLoadedFirstPage());

    const quint64 requestsBefore = m_sandbox.server().requestCount();
    QAbstractItemModelTester tester(model.get()); // asks for the first page, as a view would
    tester.setUseFetchMore(false);                // the rest is ours to ask for
    QVERIFY(model->isLoading());

    int pages = 0;
    while (true) {
        if (loaded.size() == pages)
            QVERIFY(loaded.wait(10000));
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().first().value<ApiError>().displayText()));
        ++pages;
        QCOMPARE(loaded.size(), pages);
        QCOMPARE(inserted.size(), pages); // one batch per page
        const int first = (pages - 1) * pageSize;
        const int size = qMin(pageSize, expected - first);
        QCOMPARE(inserted.last().at(1).toInt(), first);
        QCOMPARE(inserted.last().at(2).toInt(), first + size - 1); // last, not count
        QCOMPARE(loaded.last().at(0).toInt(), first);
        QCOMPARE(loaded.last().at(1).toInt(), size);
        QCOMPARE(model->rowCount(), first + size);
        QVERIFY(model->hasLoadedFirstPage());
        QVERIFY(!model->isLoading());
        if (shape == Shape::Twilio || shape == Shape::SignalWire) {
            // Twilio's pages say nothing of the whole: the count is known at the end.
            QCOMPARE(model->totalCount(), model->canFetchMore({}) ? -1 : expected);
        } else {
            QCOMPARE(model->totalCount(), expected);
        }
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
        model->fetchMore({}); // a view calls this often: still one page in flight
        QVERIFY(model->isLoading());
    }

    QCOMPARE(pages, (expected + pageSize - 1) / pageSize);
    QCOMPARE(m_sandbox.server().requestCount() - requestsBefore, quint64(pages));
    QCOMPARE(loading.size(), 2 * pages); // true, false for every page
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(model->totalCount(), expected);
    QVERIFY(model->isAtEnd());
    QVERIFY(!model->lastError().isError());
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data().toString();
        QVERIFY(!id.isEmpty());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), expected); // no record twice, none missed

    // At the end fetchMore() is a no-op.
    const quint64 atEnd = m_sandbox.server().requestCount();
    model->fetchMore({});
    QVERIFY(!model->isLoading());
    QCOMPARE(m_sandbox.server().requestCount(), atEnd);
}

void tst_PagedListModel::failureMidwayKeepsRowsAndRetryContinues_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<Fault>("fault");
    const struct
    {
        const char *name;
        Shape shape;
        int pageSize;
    } shapes[] = {{"properties", Shape::Properties, 70},
                  {"twilio", Shape::Twilio, 10},
                  {"signalwire", Shape::SignalWire, 15},
                  {"broadcast", Shape::Broadcast, 6}};
    const struct
    {
        const char *name;
        Fault fault;
    } faults[] = {{"500", Fault::ErrorRate}, {"garbled", Fault::Garbled}, {"stopped", Fault::Stopped}};
    for (const auto &s : shapes) {
        for (const auto &f : faults)
            QTest::addRow("%s, %s", s.name, f.name) << s.shape << s.pageSize << f.fault;
    }
}

void tst_PagedListModel::failureMidwayKeepsRowsAndRetryContinues()
{
    QFETCH(Shape, shape);
    QFETCH(int, pageSize);
    QFETCH(Fault, fault);

    // A server of its own, so stopping it leaves the other tests alone.
    SandboxFixture sandbox(NumbersPerAccount);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const int expected = serverCount(shape, sandbox);
    QVERIFY(expected > 2 * pageSize);
    const quint16 port = quint16(sandbox.server().baseUrl().port());

    AccountClient client(profileOf(shape, sandbox));
    RetryPolicy once;
    once.maxAttempts = 1; // the model sees the failure, not the job's own retries
    client.setRetryPolicy(once);
    const std::unique_ptr<PagedListModel> model = makeModel(shape, &client, pageSize);
    QAbstractItemModelTester tester(model.get());
    tester.setUseFetchMore(false);
    QSignalSpy failed(model.get(), &PagedListModel::loadFailed);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), pageSize, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    const int totalBefore = model->totalCount();

    FaultOptions faults;
    switch (fault) {
    case Fault::ErrorRate:
        faults.errorRate = 1;
        sandbox.server().setFaults(faults);
        break;
    case Fault::Garbled:
        faults.garbleRate = 1;
        sandbox.server().setFaults(faults);
        break;
    case Fault::Stopped:
        sandbox.server().stop();
        break;
    }

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->fetchMore({});
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.size(), 1);
    const ApiError error = failed.first().first().value<ApiError>();
    switch (fault) {
    case Fault::ErrorRate:
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 500);
        break;
    case Fault::Garbled:
        QCOMPARE(error.kind(), ApiError::Kind::Malformed);
        break;
    case Fault::Stopped:
        QVERIFY2(error.kind() != ApiError::Kind::Http && error.kind() != ApiError::Kind::None,
                 qPrintable(error.displayText()));
        break;
    }
    QVERIFY(!error.displayText().isEmpty());
    QCOMPARE(model->lastError().kind(), error.kind());
    QCOMPARE(model->rowCount(), pageSize); // the shown rows stay
    QCOMPARE(model->totalCount(), totalBefore);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model->isLoading());
    // A failed page stops paging until retried, so a view does not hammer the server.
    QVERIFY(!model->canFetchMore({}));
    QVERIFY(!model->isAtEnd());
    model->fetchMore({});
    QVERIFY(!model->isLoading());

    // The server recovers; a retry asks for the page that failed and paging goes on.
    if (fault == Fault::Stopped) {
        SandboxOptions options;
        options.dataDir = sandbox.dataDir();
        options.seed = u"demo"_s;
        options.numbers = NumbersPerAccount;
        options.port = port; // the same address, as a restarted server would have
        QString why;
        QVERIFY2(sandbox.server().start(options, &why), qPrintable(why));
    } else {
        sandbox.server().setFaults({});
    }
    QSignalSpy loaded(model.get(), &PagedListModel::pageLoaded);
    model->retry();
    QVERIFY(model->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toInt(), pageSize); // it continues where it stopped
    QVERIFY(!model->lastError().isError());
    while (model->canFetchMore({}))
        QVERIFY(fetchOne(*model));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(model->totalCount(), expected);
    QCOMPARE(inserted.size(), (expected - pageSize + pageSize - 1) / pageSize);
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data().toString());
    QCOMPARE(ids.size(), expected);
}

void tst_PagedListModel::reloadResetsOnce()
{
    QFETCH(Shape, shape);
    QFETCH(int, pageSize);

    AccountClient client(profileOf(shape, m_sandbox));
    const std::unique_ptr<PagedListModel> model = makeModel(shape, &client, pageSize);
    QAbstractItemModelTester tester(model.get());
    tester.setUseFetchMore(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), pageSize, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QVERIFY(fetchOne(*model));
    QCOMPARE(model->rowCount(), 2 * pageSize);
    const QString firstId = model->index(0, 0).data().toString();

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(model.get(), &PagedListModel::pageLoaded);
    QSignalSpy total(model.get(), &PagedListModel::totalCountChanged);
    model->reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), -1);
    QVERIFY(!model->hasLoadedFirstPage());
    QVERIFY(model->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(reset.size(), 1); // one reset, then pages are inserted, never reset
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->rowCount(), pageSize);
    QCOMPARE(model->index(0, 0).data().toString(), firstId);

    // A reload while a page is in flight drops that page: it never arrives.
    model->fetchMore({});
    QVERIFY(model->isLoading());
    model->reload();
    QCOMPARE(reset.size(), 2);
    loaded.clear();
    inserted.clear();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!model->isLoading());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->rowCount(), pageSize);
}

// A view (here a model tester that uses fetchMore) asks for a page as soon as it hears of the
// reset; the reload must not ask a second time, or a stale page lands in the next reload.
void tst_PagedListModel::reloadUnderAFetchingViewAsksOnce()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    const std::unique_ptr<PagedListModel> model = makeModel(Shape::Twilio, &client, 100); // one page
    QAbstractItemModelTester tester(model.get());
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
    QSignalSpy loading(model.get(), &PagedListModel::loadingChanged);
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 10000);
    QCOMPARE(loading.count(), 2); // one request: true, then false
    QCOMPARE(loading.first().first().toBool(), true);
}

void tst_PagedListModel::pageSizeChangesFromTheNextRequest()
{
    QFETCH(Shape, shape);
    QFETCH(int, pageSize);

    AccountClient client(profileOf(shape, m_sandbox));
    const std::unique_ptr<PagedListModel> model = makeModel(shape, &client, pageSize);
    QAbstractItemModelTester tester(model.get());
    tester.setUseFetchMore(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), pageSize, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);

    // The next request is already known (a token, or Twilio's next_page_uri): it is resized.
    model->setPageSize(pageSize / 2 + 1);
    QCOMPARE(model->pageSize(), pageSize / 2 + 1);
    QVERIFY(fetchOne(*model));
    QCOMPARE(model->rowCount(), pageSize + pageSize / 2 + 1);
    QVERIFY(!model->lastError().isError());
    model->setPageSize(5000);
    QCOMPARE(model->pageSize(), PagedEndpoint::MaxPageSize);
    QVERIFY(fetchOne(*model));
    QCOMPARE(model->rowCount(), serverCount(shape, m_sandbox));
    QVERIFY(model->isAtEnd());
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data().toString());
    QCOMPARE(ids.size(), model->rowCount());
}

void tst_PagedListModel::recordTheSubclassRefusesFailsThePage()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Broadcast));
    RowsModel<StrictRow> model(&client, PagedEndpoint::broadcast(u"/v1/phone_numbers"_s, 5));
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model);
    tester.setUseFetchMore(false);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Malformed);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), -1);
    QVERIFY(model.hasLoadedFirstPage());
    QVERIFY(!model.canFetchMore({}));
    model.retry(); // the same page again, refused again
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PagedListModel::wrongCredentialsFailTheFirstPage()
{
    QFETCH(Shape, shape);
    QFETCH(int, pageSize);

    AccountProfile bad = profileOf(shape, m_sandbox);
    bad.secret = u"wrong-"_s + bad.secret;
    AccountClient client(bad);
    const std::unique_ptr<PagedListModel> model = makeModel(shape, &client, pageSize);
    QSignalSpy failed(model.get(), &PagedListModel::loadFailed);
    QAbstractItemModelTester tester(model.get());
    tester.setUseFetchMore(false);
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
    QVERIFY(model->hasLoadedFirstPage());
}

QTEST_GUILESS_MAIN(tst_PagedListModel)
#include "tst_pagedlistmodel.moc"
