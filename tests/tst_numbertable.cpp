// Bulk review's numbers against the real sandbox over HTTP: pages read into compact rows
// (simdjson and QJsonDocument agree, and agree with IncomingNumber), the whole account
// streamed into NumberTableModel under QAbstractItemModelTester (the model and its filter
// proxy), the cache (reopen, a refresh that adds, changes and removes, offline, a damaged
// or old file, another account's file), cancel mid-load, and the checks on their own rows.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "api/jobprogress.h"
#include "numbers/incomingnumber.h"
#include "numbers/numbercache.h"
#include "numbers/numberchecks.h"
#include "numbers/numberfiltermodel.h"
#include "numbers/numberloader.h"
#include "numbers/numberpageparser.h"
#include "numbers/numbersclient.h"
#include "numbers/numbertablemodel.h"
#include "numbers/phonenumbers.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiFamily)

namespace {
constexpr int Numbers = 240; // per account: several pages of 50 and of 1,000

ApiResult waitFor(ApiJob *job)
{
    ApiResult result;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error = ApiError::transport(ApiError::Kind::Timeout, u"no answer"_s);
    return result;
}

QByteArray pageBody(AccountClient *client, int pageSize)
{
    const PagedEndpoint endpoint = NumbersClient(client).listEndpoint({}, pageSize);
    const PageRequest first = endpoint.firstRequest();
    return waitFor(client->getRaw(first.path, first.query)).body;
}

QString identityOf(const AccountProfile &profile)
{
    return profile.baseUrl.host() + u'/' + profile.pathAccount();
}

// What a cache handed over, part by part, until it said it was done.
struct CacheRead
{
    bool done = false;
    bool discarded = false;
    int parts = 0;
    QList<NumberRow> rows;
    QDateTime savedAt;
};

CacheRead readCache(NumberCache *cache)
{
    CacheRead read;
    QObject context;
    QObject::connect(cache, &NumberCache::partLoaded, &context, [&](const QList<NumberPage> &pages) {
        ++read.parts;
        for (const NumberPage &page : pages)
            read.rows += page.rows;
    });
    QObject::connect(cache, &NumberCache::loadDiscarded, &context, [&] { read.discarded = true; });
    QObject::connect(cache, &NumberCache::loaded, &context, [&](const QDateTime &savedAt) {
        read.done = true;
        read.savedAt = savedAt;
    });
    cache->load();
    read.done = QTest::qWaitFor([&] { return read.done; }, 10000);
    return read;
}
} // namespace

class tst_NumberTable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void parsersAgreeWithEachOtherAndWithIncomingNumber_data();
    void parsersAgreeWithEachOtherAndWithIncomingNumber();
    void malformedPagesAreRefused_data();
    void malformedPagesAreRefused();
    void datesReadAsQtReadsThem();
    void checksFlagTheirOwnRows();
    void streamsTheWholeAccountUnderTheTester_data();
    void streamsTheWholeAccountUnderTheTester();
    void filterAndSortAtEveryColumn();
    void cacheReopensThenRefreshAppliesChanges();
    void offlineTheCacheIsBrowsable();
    void damagedOldOrForeignCachesAreRebuilt_data();
    void damagedOldOrForeignCachesAreRebuilt();
    void damageFoundPartWayForgetsWhatWasShown();
    void cancelMidLoadLeavesAConsistentTable();
    void lostAnswersAreAskedAgainNotTheEnd();
    void removingManyIsOnePassAndKeepsTheContract_data();
    void removingManyIsOnePassAndKeepsTheContract();

private:
    std::unique_ptr<NumberTableModel> model(AccountClient *client, NumberCache *cache = nullptr);
    bool loadAll(NumberTableModel *model);
    int serverRows(ApiFamily family) const;

    SandboxFixture m_sandbox{Numbers};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_NumberTable::initTestCase()
{
    qRegisterMetaType<QList<NumberPage>>();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_NumberTable::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
}

int tst_NumberTable::serverRows(ApiFamily family) const
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = ? AND account = ''"_s,
                                 {family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s});
}

std::unique_ptr<NumberTableModel> tst_NumberTable::model(AccountClient *client, NumberCache *cache)
{
    return std::make_unique<NumberTableModel>(client, cache);
}

bool tst_NumberTable::loadAll(NumberTableModel *model)
{
    QSignalSpy done(model, &NumberTableModel::refreshed);
    QSignalSpy failed(model, &ListModel::loadFailed);
    model->startLoading();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000) && failed.isEmpty();
}

void tst_NumberTable::parsersAgreeWithEachOtherAndWithIncomingNumber_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::newRow("twilio") << ApiFamily::Twilio;
    QTest::newRow("signalwire") << ApiFamily::SignalWire;
}

void tst_NumberTable::parsersAgreeWithEachOtherAndWithIncomingNumber()
{
    QFETCH(ApiFamily, family);
    AccountClient client(m_sandbox.profile(family));
    const QByteArray body = pageBody(&client, 1000);
    QVERIFY(!body.isEmpty());

    NumberPageParser fast(family);
    NumberPageParser qt(family, NumberPageParser::Engine::QtJson);
    QString announced = u"unset"_s;
    const NumberPage a = fast.parse(body, [&](const QString &next) { announced = next; });
    const NumberPage b = qt.parse(body);
    QVERIFY2(a.ok(), qPrintable(a.error.displayText()));
    QVERIFY2(b.ok(), qPrintable(b.error.displayText()));
    QCOMPARE(a.rows.size(), qsizetype(Numbers));
    QCOMPARE(a.rows.size(), b.rows.size());
    QCOMPARE(announced, a.nextToken); // told before the records were read
    QCOMPARE(a.nextToken, b.nextToken);

    // The same numbers, field for field, as IncomingNumber reads them.
    const QJsonArray records = QJsonDocument::fromJson(body).object().value(u"incoming_phone_numbers"_s).toArray();
    StringPool poolA, poolB;
    const QList<quint32> mapA = poolA.adopt(a.strings);
    const QList<quint32> mapB = poolB.adopt(b.strings);
    for (int i = 0; i < a.rows.size(); ++i) {
        NumberRow ra = a.rows.at(i), rb = b.rows.at(i);
        for (quint32 &f : ra.fields)
            f = mapA.at(f);
        for (quint32 &f : rb.fields)
            f = mapB.at(f);
        IncomingNumber expected;
        QVERIFY(!IncomingNumber::fromJson(records.at(i).toObject(), family, &expected).isError());
        const IncomingNumber fromFast = toIncomingNumber(ra, poolA, family);
        const IncomingNumber fromQt = toIncomingNumber(rb, poolB, family);
        QCOMPARE(fromFast.sid, expected.sid);
        QCOMPARE(fromFast.values, expected.values);
        QVERIFY(fromFast == expected);
        QVERIFY(fromQt == expected);
        QCOMPARE(ra.problems, rb.problems);
        QCOMPARE(poolA.at(ra.field(NumberField::Region)), PhoneNumbers::region(expected.phoneNumber));
        // And back: a row made from the number is the same row.
        StringPool again;
        NumberRow round = fromIncomingNumber(expected, &again);
        QCOMPARE(toIncomingNumber(round, again, family), expected);
    }
}

void tst_NumberTable::malformedPagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QByteArray good = R"({"sid":"PN1","phone_number":"+14155550100","capabilities":{"voice":true},)"
                            R"("date_created":"Thu, 30 Jul 2015 23:19:04 +0000","date_updated":"Thu, 30 Jul 2015 23:19:04 +0000"})";
    QTest::newRow("not json") << QByteArray("{\"incoming_phone_numbers\": [") << u"JSON"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"object"_s;
    QTest::newRow("no list") << QByteArray(R"({"page": 0})") << u"incoming_phone_numbers"_s;
    QTest::newRow("list is text") << QByteArray(R"({"incoming_phone_numbers": "x"})") << u"incoming_phone_numbers"_s;
    QTest::newRow("record not object") << QByteArray(R"({"incoming_phone_numbers": [1]})") << u"Record 1"_s;
    QTest::newRow("no sid") << QByteArray(R"({"incoming_phone_numbers": [{"phone_number":"+1"}]})") << u"sid"_s;
    QByteArray noCaps = good;
    noCaps.replace(R"("capabilities":{"voice":true},)", "");
    QTest::newRow("no capabilities") << QByteArray("{\"incoming_phone_numbers\": [" + noCaps + "]}") << u"capabilities"_s;
    QByteArray badDate = good;
    badDate.replace("Thu, 30 Jul 2015 23:19:04 +0000\",\"date_updated", "yesterday\",\"date_updated");
    QTest::newRow("bad date") << QByteArray("{\"incoming_phone_numbers\": [" + badDate + "]}") << u"dates"_s;
    QTest::newRow("next is a number") << QByteArray("{\"incoming_phone_numbers\": [" + good + "], \"next_page_uri\": 3}")
                                      << u"next_page_uri"_s;
    QTest::newRow("page is text") << QByteArray("{\"incoming_phone_numbers\": [" + good + "], \"page\": \"0\"}")
                                  << u"page"_s;
}

void tst_NumberTable::malformedPagesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    for (const auto engine : {NumberPageParser::Engine::Simdjson, NumberPageParser::Engine::QtJson}) {
        NumberPageParser parser(ApiFamily::Twilio, engine);
        const NumberPage page = parser.parse(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(page.error.displayText().contains(says), qPrintable(page.error.displayText()));
        QVERIFY(page.rows.isEmpty());
    }
}

void tst_NumberTable::datesReadAsQtReadsThem()
{
    qint64 gmt = 0;
    QVERIFY(NumberPageParser::parseRfc2822("Sat, 29 Feb 2020 12:00:00 GMT", &gmt)); // an obsolete zone, as RFC 2822 allows
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(gmt, Qt::UTC), QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt::UTC));
    for (const char *text : {"Thu, 30 Jul 2015 23:19:04 +0000", "Mon, 07 Dec 2026 09:05:00 -0800",
                             "1 Feb 2024 00:00:00 +0130", "Sat, 29 Feb 2020 12:00:00 +0000"}) {
        qint64 ms = 0;
        QVERIFY2(NumberPageParser::parseRfc2822(QByteArrayView(text), &ms), text);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                 QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date).toUTC());
    }
    qint64 ms = 0;
    for (const char *bad : {"", "yesterday", "Thu, 31 Feb 2015 23:19:04 +0000", "Thu, 30 Jul 2015 25:19:04 +0000",
                            "Thu, 30 Jly 2015 23:19:04 +0000", "Thu, 30 Jul 2015 23:19:04", "30 Jul 2015 23:19:04 +0000 x"})
        QVERIFY2(!NumberPageParser::parseRfc2822(QByteArrayView(bad), &ms), bad);
}

void tst_NumberTable::checksFlagTheirOwnRows()
{
    StringPool pool;
    const auto row = [&](std::initializer_list<std::pair<NumberField, QString>> fields, quint8 caps = NumberRow::Voice | NumberRow::Sms) {
        NumberRow r;
        r.sid = u"PN1"_s;
        r.phoneNumber = u"+14155550100"_s;
        r.friendlyName = u"Front desk"_s;
        r.capabilities = caps;
        r.setField(NumberField::VoiceUrl, pool.intern(u"https://hooks.example.com/voice"_s));
        r.setField(NumberField::SmsUrl, pool.intern(u"https://hooks.example.com/sms"_s));
        r.setField(NumberField::EmergencyAddressSid, pool.intern(u"AD"_s + QString(32, u'0')));
        for (const auto &[f, v] : fields)
            r.setField(f, pool.intern(v));
        return r;
    };
    using C = NumberChecks;
    const NumberRow clean = row({});
    QCOMPARE(C::check(clean, pool, ApiFamily::Twilio), 0u);
    QCOMPARE(C::check(row({{NumberField::VoiceUrl, {}}}), pool, ApiFamily::Twilio), quint32(C::NoVoiceHandling));
    QCOMPARE(C::check(row({{NumberField::VoiceUrl, {}}, {NumberField::TrunkSid, u"TK"_s + QString(32, u'1')}}), pool, ApiFamily::Twilio), 0u);
    QCOMPARE(C::check(row({{NumberField::SmsUrl, {}}}), pool, ApiFamily::Twilio), quint32(C::NoMessagingHandler));
    QCOMPARE(C::check(row({{NumberField::SmsUrl, {}}}, NumberRow::Voice), pool, ApiFamily::Twilio), 0u); // no SMS: no handler needed
    QCOMPARE(C::check(row({{NumberField::SmsFallbackUrl, u"http://backup.example.com/sms"_s}}), pool, ApiFamily::Twilio),
             quint32(C::PlainHttpWebhook));
    QCOMPARE(C::check(row({{NumberField::VoiceFallbackUrl, u"https://HOOKS.example.com/voice"_s}}), pool, ApiFamily::Twilio),
             quint32(C::FallbackSameAsPrimary));
    QCOMPARE(C::check(row({{NumberField::StatusCallback, u"https://hooks.example.com/status"_s}}), pool, ApiFamily::Twilio),
             quint32(C::CallbackWithoutMethod));
    QCOMPARE(C::check(row({{NumberField::StatusCallback, u"https://hooks.example.com/status"_s},
                           {NumberField::StatusCallbackMethod, u"POST"_s}}), pool, ApiFamily::Twilio), 0u);
    QCOMPARE(C::check(row({{NumberField::EmergencyAddressSid, {}}}), pool, ApiFamily::Twilio), quint32(C::NoEmergencyAddress));
    QCOMPARE(C::check(row({{NumberField::EmergencyAddressSid, {}}}), pool, ApiFamily::SignalWire), 0u); // none there
    NumberRow named = clean;
    for (const QString &name : {u"(415) 555-0100"_s, u"+14155550100"_s, u""_s, u"415 555 0100"_s}) {
        named.friendlyName = name;
        QCOMPARE(C::check(named, pool, ApiFamily::Twilio), quint32(C::DefaultFriendlyName));
    }
    named.friendlyName = u"Line 4155550100"_s;
    QCOMPARE(C::check(named, pool, ApiFamily::Twilio), 0u);
    // Every problem has words, a title and an icon.
    QCOMPARE(C::all().size(), C::ProblemCount);
    for (C::Problem p : C::all()) {
        QVERIFY(!C::describe(p).isEmpty());
        QVERIFY(!C::title(p).isEmpty());
        QVERIFY(!C::iconName(p).isEmpty());
    }
}

void tst_NumberTable::streamsTheWholeAccountUnderTheTester_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("twilio, pages of 50") << ApiFamily::Twilio << 50;
    QTest::newRow("signalwire, pages of 50") << ApiFamily::SignalWire << 50;
    QTest::newRow("twilio, one page") << ApiFamily::Twilio << 1000;
}

void tst_NumberTable::streamsTheWholeAccountUnderTheTester()
{
    QFETCH(ApiFamily, family);
    QFETCH(int, pageSize);
    AccountClient client(m_sandbox.profile(family));
    NumberTableModel model(&client, nullptr);
    model.setPageSize(pageSize);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NumberTableModel::FriendlyNameColumn); // sorted while the rows stream in
    QSignalSpy batches(&model, &ListModel::pageLoaded);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.rowCount(), serverRows(family));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(model.totalCount(), model.rowCount());
    QVERIFY(model.isAtEnd());
    QVERIFY(!model.isLoading());
    QVERIFY(batches.size() >= 1);
    QVERIFY(model.job() && model.job()->isFinished());
    // In the server's order, each number once.
    QSet<QString> sids;
    for (int r = 0; r < model.rowCount(); ++r)
        sids.insert(model.rowAt(r).sid);
    QCOMPARE(sids.size(), model.rowCount());
    QCOMPARE(model.data(model.index(0, NumberTableModel::NumberColumn)).toString(),
             PhoneNumbers::national(model.rowAt(0).phoneNumber));
    // A refresh that changes nothing changes no row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), serverRows(family));
}

void tst_NumberTable::filterAndSortAtEveryColumn()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberTableModel model(&client, nullptr);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(&model));

    // Sorting: each column in order, both ways, against a plain sort of the shown texts or values.
    for (int column = NumberTableModel::NumberColumn; column < NumberTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(proxy.rowCount(), model.rowCount());
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const NumberRow &a = model.rowAt(proxy.mapToSource(proxy.index(r - 1, 0)).row());
                const NumberRow &b = model.rowAt(proxy.mapToSource(proxy.index(r, 0)).row());
                if (column == NumberTableModel::CreatedColumn)
                    QVERIFY(order == Qt::AscendingOrder ? a.created <= b.created : a.created >= b.created);
                if (column == NumberTableModel::NumberColumn)
                    QVERIFY(order == Qt::AscendingOrder ? a.phoneNumber <= b.phoneNumber : a.phoneNumber >= b.phoneNumber);
                if (column == NumberTableModel::ProblemsColumn) {
                    const int pa = qPopulationCount(a.problems), pb = qPopulationCount(b.problems);
                    QVERIFY(order == Qt::AscendingOrder ? pa <= pb : pa >= pb);
                }
                if (column == NumberTableModel::FriendlyNameColumn) {
                    const int c = QString::localeAwareCompare(a.friendlyName.toLower(), b.friendlyName.toLower());
                    QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                             qPrintable(a.friendlyName + u" / "_s + b.friendlyName));
                }
            }
        }
    }
    proxy.sort(-1);
    for (int r = 0; r < proxy.rowCount(); ++r) // the server's order again
        QCOMPARE(proxy.mapToSource(proxy.index(r, 0)).row(), r);

    // Filters: each against a count made by hand from the rows.
    const auto countWhere = [&](auto predicate) {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            n += predicate(model.rowAt(r)) ? 1 : 0;
        return n;
    };
    NumberViewFilter f;
    f.problemsOnly = true;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), countWhere([](const NumberRow &n) { return n.problems != 0; }));
    QVERIFY(proxy.rowCount() > 0);
    f = {};
    f.problems = NumberChecks::PlainHttpWebhook;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), countWhere([](const NumberRow &n) { return n.problems & NumberChecks::PlainHttpWebhook; }));
    QVERIFY(proxy.rowCount() > 0);
    f = {};
    f.capabilities = NumberRow::Fax;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), countWhere([](const NumberRow &n) { return n.has(NumberRow::Fax); }));
    const QString area = model.rowAt(0).phoneNumber.mid(2, 3);
    f = {};
    f.areaCode = area;
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), countWhere([&](const NumberRow &n) { return n.phoneNumber.startsWith(u"+1"_s + area); }));
    QVERIFY(proxy.rowCount() >= 1);
    f = {};
    f.region = model.text(0, NumberField::Region);
    proxy.setFilter(f);
    QCOMPARE(proxy.rowCount(), countWhere([&](const NumberRow &n) { return model.pool().at(n.field(NumberField::Region)) == f.region; }));
    f = {};
    int named = 0; // a name of letters: the search looks for text, not digits
    while (named < model.rowCount() && !model.rowAt(named).friendlyName.left(5).contains(QRegularExpression(u"^[A-Za-z ]{5}$"_s)))
        ++named;
    QVERIFY(named < model.rowCount());
    const QString name = model.rowAt(named).friendlyName;
    f.text = name.left(5).toUpper();
    proxy.setFilter(f);
    QVERIFY(proxy.mapFromSource(model.index(named, 0)).isValid());
    QCOMPARE(proxy.rowCount(), countWhere([&](const NumberRow &n) {
        return n.friendlyName.contains(name.left(5), Qt::CaseInsensitive) || n.sid.contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::Region)).contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::VoiceUrl)).contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::SmsUrl)).contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::VoiceApplicationSid)).contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::SmsApplicationSid)).contains(name.left(5), Qt::CaseInsensitive)
               || model.pool().at(n.field(NumberField::TrunkSid)).contains(name.left(5), Qt::CaseInsensitive);
    }));
    f.text = model.rowAt(9).phoneNumber.mid(5, 5); // digits find the number
    proxy.setFilter(f);
    QVERIFY(proxy.mapFromSource(model.index(9, 0)).isValid());

    // Sorted and filtered, a row whose data changes moves to its place; one leaving the filter goes.
    proxy.setFilter({});
    proxy.sort(NumberTableModel::FriendlyNameColumn);
    IncomingNumber n = model.numberAt(3);
    n.values[u"FriendlyName"_s] = u"Zzzz last of all"_s;
    QPersistentModelIndex held(proxy.mapFromSource(model.index(3, 0)));
    const int wasAt = held.row();
    QVERIFY(model.updateNumber(n));
    const int nowAt = proxy.mapFromSource(model.index(3, 0)).row();
    QVERIFY(nowAt != wasAt);
    QCOMPARE(held.row(), nowAt); // the selection goes with it
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto nameAt = [&](int p) { return model.rowAt(proxy.mapToSource(proxy.index(p, 0)).row()).friendlyName; };
    if (nowAt > 0)
        QVERIFY(collator.compare(nameAt(nowAt - 1), nameAt(nowAt)) <= 0);
    if (nowAt + 1 < proxy.rowCount())
        QVERIFY(collator.compare(nameAt(nowAt), nameAt(nowAt + 1)) <= 0);
    NumberViewFilter onlyFirst;
    onlyFirst.text = u"Zzzz last"_s;
    proxy.setFilter(onlyFirst);
    QCOMPARE(proxy.rowCount(), 1);
    n.values[u"FriendlyName"_s] = u"Renamed"_s;
    QVERIFY(model.updateNumber(n));
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_NumberTable::cacheReopensThenRefreshAppliesChanges()
{
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    AccountClient client(profile);
    const int before = serverRows(ApiFamily::Twilio);
    {
        NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
        NumberTableModel first(&client, &cache);
        QVERIFY(loadAll(&first));
        QCOMPARE(first.rowCount(), before);
        QVERIFY(!first.isFromCache());
        QVERIFY(cache.waitForIdle());
        QVERIFY(QFile::exists(cache.filePath()));
    }

    // Meanwhile, on the server: one number added, one renamed, one released.
    const QString now = QString::number(QDateTime::currentSecsSinceEpoch());
    QCOMPARE(m_sandbox.serverChange(u"INSERT INTO numbers (family, sid, phone_number, friendly_name, date_created, date_updated)"
                                    u" VALUES ('twilio', 'PN00000000000000000000000000cache1', '+14155559876', 'Added meanwhile', ?, ?)"_s,
                                    {now, now}), 1);
    QStringList sids;
    {
        AccountClient reader(profile);
        NumberTableModel probe(&reader, nullptr);
        QVERIFY(loadAll(&probe));
        for (int r = 0; r < probe.rowCount(); ++r)
            sids << probe.rowAt(r).sid;
    }
    const QString renamedSid = sids.at(1);
    const QString releasedSid = sids.at(2);
    QCOMPARE(m_sandbox.serverChange(u"UPDATE numbers SET friendly_name = 'Renamed elsewhere', date_updated = date_updated + 60 WHERE sid = ?"_s,
                                    {renamedSid}), 1);
    QCOMPARE(m_sandbox.serverChange(u"DELETE FROM numbers WHERE sid = ?"_s, {releasedSid}), 1);

    // Reopened: the cached table at once (what the server held before), then the changes.
    NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
    NumberTableModel model(&client, &cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy fromCache(&model, &NumberTableModel::cacheLoaded);
    QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.startLoading();
    QVERIFY(fromCache.wait(10000));
    QCOMPARE(fromCache.first().first().toInt(), before);
    QCOMPARE(model.rowCount(), before);
    QVERIFY(model.isFromCache());
    QVERIFY(model.cachedAt().isValid());
    QVERIFY(model.rowOf(releasedSid) >= 0); // not yet known to be gone
    const int insertsFromCache = int(inserted.size());
    QVERIFY(refreshed.wait(30000));
    QVERIFY(!model.isFromCache());
    QCOMPARE(model.rowCount(), before); // +1 -1
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::Twilio));
    QCOMPARE(model.rowOf(releasedSid), -1);
    QVERIFY(model.rowOf(u"PN00000000000000000000000000cache1"_s) >= 0);
    QCOMPARE(model.rowAt(model.rowOf(renamedSid)).friendlyName, u"Renamed elsewhere"_s);
    QCOMPARE(changed.size(), 1);                          // only the renamed row
    QCOMPARE(removed.size(), 1);                          // only the released one
    QCOMPARE(int(inserted.size()) - insertsFromCache, 1); // only the added one
    QVERIFY(cache.waitForIdle());

    // And the cache now holds the new state.
    NumberCache again(m_dir->path(), profile.id, identityOf(profile));
    const CacheRead read = readCache(&again);
    QVERIFY(read.done);
    QVERIFY(!read.discarded);
    QVERIFY(read.savedAt.isValid());
    const int rows = int(read.rows.size());
    bool sawRenamed = false, sawReleased = false;
    for (const NumberRow &r : read.rows) {
        sawRenamed = sawRenamed || (r.sid == renamedSid && r.friendlyName == u"Renamed elsewhere");
        sawReleased = sawReleased || r.sid == releasedSid;
    }
    QCOMPARE(rows, model.rowCount());
    QVERIFY(sawRenamed);
    QVERIFY(!sawReleased);
}

void tst_NumberTable::offlineTheCacheIsBrowsable()
{
    const AccountProfile profile = m_sandbox.profile(ApiFamily::SignalWire);
    AccountClient client(profile);
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.initialDelayMs = 10;
    client.setRetryPolicy(quick);
    {
        NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
        NumberTableModel first(&client, &cache);
        QVERIFY(loadAll(&first));
        QVERIFY(cache.waitForIdle());
    }
    FaultOptions away;
    away.dropRate = 1.0;
    m_sandbox.server().setFaults(away);
    NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
    NumberTableModel model(&client, &cache);
    QSignalSpy failed(&model, &ListModel::loadFailed);
    model.startLoading();
    QVERIFY(failed.wait(30000));
    m_sandbox.server().setFaults({});
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::SignalWire));
    QVERIFY(model.isFromCache());
    QVERIFY(model.cachedAt().isValid());
    QVERIFY(model.lastError().isError());
    QVERIFY(!model.isLoading());
    // Browsable: rows read back as numbers, filters work.
    QVERIFY(!model.numberAt(0).sid.isEmpty());
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    NumberViewFilter f;
    f.text = model.rowAt(0).friendlyName;
    proxy.setFilter(f);
    QVERIFY(proxy.rowCount() >= 1);
}

void tst_NumberTable::damagedOldOrForeignCachesAreRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage file") << u"garbage"_s;
    QTest::newRow("older schema") << u"schema"_s;
    QTest::newRow("another account") << u"identity"_s;
    QTest::newRow("a row this version cannot read") << u"row"_s;
}

void tst_NumberTable::damagedOldOrForeignCachesAreRebuilt()
{
    QFETCH(QString, damage);
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    AccountClient client(profile);
    QString path;
    {
        NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
        NumberTableModel first(&client, &cache);
        QVERIFY(loadAll(&first));
        QVERIFY(cache.waitForIdle());
        path = cache.filePath();
    }
    QString identity = identityOf(profile);
    if (damage == u"garbage") {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
    } else if (damage == u"schema" || damage == u"row") {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(damage == u"schema" ? q.exec(u"UPDATE meta SET value = '0' WHERE key = 'schema'"_s)
                                    : q.exec(u"UPDATE numbers SET row = x'ff00' WHERE rowid IN (SELECT rowid FROM numbers LIMIT 1)"_s)
                                          || q.exec(u"UPDATE numbers SET row = x'ff00' WHERE sid = (SELECT sid FROM numbers LIMIT 1)"_s));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"damage"_s);
    } else {
        identity = u"elsewhere.example.com/AC"_s + QString(32, u'9');
    }
    // Nothing of it is trusted: an empty start, and the server's numbers.
    NumberCache cache(m_dir->path(), profile.id, identity);
    NumberTableModel model(&client, &cache);
    QSignalSpy fromCache(&model, &NumberTableModel::cacheLoaded);
    QVERIFY(loadAll(&model));
    QCOMPARE(fromCache.size(), 1);
    QCOMPARE(fromCache.first().first().toInt(), 0);
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::Twilio));
    QVERIFY(cache.waitForIdle());
    // And the rebuilt file serves the next start.
    NumberCache again(m_dir->path(), profile.id, identity);
    const CacheRead read = readCache(&again);
    QVERIFY(read.done);
    QVERIFY(!read.discarded);
    QCOMPARE(int(read.rows.size()), model.rowCount());
}

void tst_NumberTable::damageFoundPartWayForgetsWhatWasShown()
{
    // A damaged page late in the file: the rows before it were shown already (the
    // cache hands rows over by parts); the read stops there, the table forgets them, and
    // the server's numbers fill it as on a first start. The file is rebuilt.
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    AccountClient client(profile);
    QString path;
    {
        NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
        NumberTableModel first(&client, &cache);
        QVERIFY(loadAll(&first));
        QVERIFY(cache.waitForIdle());
        // A file the size of a real account's (the server's rows many times over, under
        // SIDs of their own), so the table takes parts in while the rest is still being read.
        QList<NumberRow> many;
        for (int copy = 0; copy < 200; ++copy) {
            for (int r = 0; r < first.rowCount(); ++r) {
                NumberRow row = first.rowAt(r);
                row.sid = u"PN%1"_s.arg(copy * 1000 + r, 32, 10, QChar(u'0'));
                many.append(row);
            }
        }
        cache.save(many, first.pool().strings(), {}, true);
        QVERIFY(cache.waitForIdle());
        path = cache.filePath();
    }
    qint64 offset = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        const qint64 pageSize = q.value(0).toLongLong();
        // The numbers table's leaf pages in the order they are read: damage one near the end.
        QVERIFY2(q.exec(u"SELECT pageno FROM dbstat WHERE name = 'numbers' AND pagetype = 'leaf' ORDER BY path"_s),
                 qPrintable(q.lastError().text()));
        QList<qint64> leaves;
        while (q.next())
            leaves << q.value(0).toLongLong();
        QVERIFY2(leaves.size() >= 3, qPrintable(QString::number(leaves.size())));
        offset = (leaves.at(leaves.size() * 9 / 10) - 1) * pageSize;
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"damage"_s);
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        file.write(QByteArray(512, char(0xff)));
    }

    NumberCache cache(m_dir->path(), profile.id, identityOf(profile));
    cache.setPartRows(500);
    NumberTableModel model(&client, &cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy fromCache(&model, &NumberTableModel::cacheLoaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Rows the file gave before the damage was found (when the table took them in before the
    // read reached it), and what the table held when the cache was done with.
    int shownFromFile = 0;
    int rowsWhenCacheDone = -1;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        if (fromCache.isEmpty())
            shownFromFile += last - first + 1;
    });
    connect(&model, &NumberTableModel::cacheLoaded, this, [&] { rowsWhenCacheDone = model.rowCount(); });
    QVERIFY(loadAll(&model));
    QCOMPARE(fromCache.size(), 1);
    QCOMPARE(fromCache.first().first().toInt(), 0); // nothing of the file is kept
    QCOMPARE(rowsWhenCacheDone, 0);
    qInfo("%d rows of the file were shown before the damage was found", shownFromFile);
    if (shownFromFile > 0)
        QVERIFY(reset.size() >= 1); // the rows shown before the damage were dropped at once
    QVERIFY(!model.isFromCache());
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::Twilio));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QVERIFY(cache.waitForIdle());
    NumberCache again(m_dir->path(), profile.id, identityOf(profile));
    const CacheRead read = readCache(&again);
    QVERIFY(read.done && !read.discarded);
    QCOMPARE(int(read.rows.size()), model.rowCount());
}

void tst_NumberTable::lostAnswersAreAskedAgainNotTheEnd()
{
    // Half the answers lost: the client's own two attempts are not enough for a page now and
    // then (48 pages: one in four needs more), and the loader asks for that page again rather
    // than ending the load with "The connection was lost". (The draws follow a seed, but Qt
    // resends on a closed keep-alive connection as timing allows, so which page meets what
    // varies: enough rounds that no page runs out of them by chance.)
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.initialDelayMs = 10;
    client.setRetryPolicy(quick);
    NumberTableModel model(&client, nullptr);
    model.setPageSize(5);
    model.findChild<NumberLoader *>()->setRetryRounds(12);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FaultOptions lossy;
    lossy.lostAnswerRate = 0.5;
    lossy.seed = 19;
    m_sandbox.server().setFaults(lossy);
    const quint64 lostBefore = m_sandbox.server().faultCounts().lostAnswers;
    QSignalSpy retrying(model.findChild<NumberLoader *>(), &NumberLoader::retrying);
    QVERIFY(loadAll(&model));
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::Twilio));
    QVERIFY(m_sandbox.server().faultCounts().lostAnswers - lostBefore >= 20);
    QVERIFY2(!retrying.isEmpty(), "no page needed more than the client's own retries: the seed exercises nothing");

    // A server that never answers: asked again a few rounds, then the load ends, saying why.
    FaultOptions away;
    away.dropRate = 1.0;
    m_sandbox.server().setFaults(away);
    NumberTableModel offline(&client, nullptr);
    QSignalSpy failed(&offline, &ListModel::loadFailed);
    offline.startLoading();
    QVERIFY(failed.wait(30000));
}

void tst_NumberTable::cancelMidLoadLeavesAConsistentTable()
{
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    AccountClient client(profile);
    auto cache = std::make_unique<NumberCache>(m_dir->path(), profile.id, identityOf(profile));
    NumberTableModel model(&client, cache.get());
    model.setPageSize(20);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FaultOptions slow;
    slow.latencyMs = 60;
    m_sandbox.server().setFaults(slow);
    QSignalSpy batches(&model, &ListModel::pageLoaded);
    model.startLoading();
    QVERIFY(batches.wait(10000));
    QVERIFY(model.isLoading());
    QVERIFY(model.job());
    model.job()->requestCancel(); // the status bar's Cancel
    QTRY_VERIFY(!model.isLoading());
    m_sandbox.server().setFaults({});
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < serverRows(ApiFamily::Twilio));
    QVERIFY(!model.isAtEnd());
    QVERIFY(model.job()->isFinished());
    QCOMPARE(proxy.rowCount(), rows);
    QSet<QString> sids;
    for (int r = 0; r < rows; ++r) {
        sids.insert(model.rowAt(r).sid);
        QCOMPARE(model.rowOf(model.rowAt(r).sid), r);
    }
    QCOMPARE(sids.size(), rows);
    // Nothing arrives after the cancel.
    QSignalSpy late(&model, &QAbstractItemModel::rowsInserted);
    model.reload(); // and a new load completes from there
    QSignalSpy refreshed(&model, &NumberTableModel::refreshed);
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(model.rowCount(), serverRows(ApiFamily::Twilio));
    // The cache holds every row: those the cancelled first load took in too.
    QVERIFY(cache->waitForIdle());
    cache.reset();
    NumberCache again(m_dir->path(), profile.id, identityOf(profile));
    const CacheRead read = readCache(&again);
    QVERIFY(read.done && !read.discarded);
    QCOMPARE(int(read.rows.size()), serverRows(ApiFamily::Twilio));
}

void tst_NumberTable::removingManyIsOnePassAndKeepsTheContract_data()
{
    QTest::addColumn<int>("every");
    // A few runs: each in its own beginRemoveRows(); many: one sweep, as a layout change.
    QTest::newRow("four runs") << 67;
    QTest::newRow("every other row") << 2;
    QTest::newRow("every third row") << 3;
}

void tst_NumberTable::removingManyIsOnePassAndKeepsTheContract()
{
    QFETCH(int, every);
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberTableModel model(&client, nullptr);
    NumberFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NumberTableModel::NumberColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(&model));
    const int rows = model.rowCount();
    QVERIFY(rows >= 200);

    QStringList gone, kept;
    for (int r = 0; r < rows; ++r)
        (r % every == 1 ? gone : kept) << model.rowAt(r).sid;
    // A kept row the view holds on to (its current row, say) follows its number.
    const QString followed = kept.at(kept.size() / 2);
    const QPersistentModelIndex held(model.index(model.rowOf(followed), NumberTableModel::NumberColumn));
    const QPersistentModelIndex heldInProxy(proxy.mapFromSource(held));
    const QPersistentModelIndex lost(model.index(model.rowOf(gone.constFirst()), 0));

    QCOMPARE(model.removeNumbers(gone + QStringList{u"PNnot-listed"_s, gone.constFirst()}), int(gone.size()));
    QCOMPARE(model.rowCount(), int(kept.size()));
    QCOMPARE(proxy.rowCount(), int(kept.size()));
    QCOMPARE(model.totalCount(), int(kept.size()));
    for (int r = 0; r < kept.size(); ++r) {
        QCOMPARE(model.rowAt(r).sid, kept.at(r)); // in their order
        QCOMPARE(model.rowOf(kept.at(r)), r);     // and found where they are
    }
    for (const QString &sid : std::as_const(gone))
        QCOMPARE(model.rowOf(sid), -1);
    QVERIFY(held.isValid());
    QCOMPARE(held.row(), model.rowOf(followed));
    QVERIFY(!lost.isValid());
    for (int r = 1; r < proxy.rowCount(); ++r) // the proxy still sorts what is left
        QVERIFY(proxy.index(r - 1, 0).data(NumberTableModel::E164Role).toString()
                >= proxy.index(r, 0).data(NumberTableModel::E164Role).toString());
    Q_UNUSED(heldInProxy)
}

QTEST_GUILESS_MAIN(tst_NumberTable)
#include "tst_numbertable.moc"
