// NumberListModel against the real sandbox over HTTP, for Twilio and SignalWire, under
// QAbstractItemModelTester (and a sorting proxy under one too) while the pages arrive.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "numbers/numberlistmodel.h"
#include "numbers/numbersclient.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiFamily)

class tst_NumberListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void pagesArriveInBatches_data();
    void pagesArriveInBatches();
    void readsEveryFieldOfBothFamilies_data();
    void readsEveryFieldOfBothFamilies();
    void filterAsksTheServer();
    void filterByFriendlyName();
    void sortsOnRawValues();
    void updateAddRemoveKeepTheContract();
    void removingManyIsOnePassAndKeepsTheContract_data();
    void removingManyIsOnePassAndKeepsTheContract();
    void problemsAreFlagged();
    void wrongCredentialsFailThePage();
    void malformedRecordFailsThePage();

private:
    bool loadAll(NumberListModel &model);
    AccountClient *client(ApiFamily family);

    SandboxFixture m_sandbox{120};
    std::unique_ptr<AccountClient> m_client;
};

void tst_NumberListModel::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_NumberListModel::cleanup()
{
    m_client.reset();
}

AccountClient *tst_NumberListModel::client(ApiFamily family)
{
    m_client = std::make_unique<AccountClient>(m_sandbox.profile(family));
    return m_client.get();
}

bool tst_NumberListModel::loadAll(NumberListModel &model)
{
    QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    if (!model.hasLoadedFirstPage() && !model.isLoading())
        model.fetchMore({});
    while (model.isLoading() || model.canFetchMore({})) {
        if (!model.isLoading())
            model.fetchMore({});
        if (!loaded.wait(10000) || !failed.isEmpty())
            return false;
    }
    return failed.isEmpty();
}

void tst_NumberListModel::pagesArriveInBatches_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::newRow("twilio") << ApiFamily::Twilio;
    QTest::newRow("signalwire") << ApiFamily::SignalWire;
}

void tst_NumberListModel::pagesArriveInBatches()
{
    QFETCH(ApiFamily, family);
    NumberListModel model(client(family));
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAll(model));
    // 120 numbers at 50 a page: three batches, one insert each.
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 49);
    QCOMPARE(inserted.at(2).at(1).toInt(), 100);
    QCOMPARE(model.totalCount(), 120);
    QSet<QString> sids;
    for (int r = 0; r < model.rowCount(); ++r)
        sids.insert(model.index(r, 0).data(NumberListModel::SidRole).toString());
    QCOMPARE(sids.size(), 120);
}

void tst_NumberListModel::readsEveryFieldOfBothFamilies_data()
{
    pagesArriveInBatches_data();
}

void tst_NumberListModel::readsEveryFieldOfBothFamilies()
{
    QFETCH(ApiFamily, family);
    AccountClient *c = client(family);
    NumberListModel model(c);
    QVERIFY(loadAll(model));
    QVERIFY(model.rowCount() > 0);
    const IncomingNumber first = model.numberAt(0);
    // The list's copy is the server's own single read.
    ApiJob *job = NumbersClient(c).get(first.sid);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    IncomingNumber read;
    QVERIFY(!NumbersClient::parseNumber(done.first().first().value<ApiResult>(), family, &read).isError());
    QCOMPARE(read, first);
    QVERIFY(first.dateCreated.isValid());
    QVERIFY(first.values.contains(u"VoiceUrl"_s));
    QVERIFY(first.values.contains(u"VoiceReceiveMode"_s));
    if (family == ApiFamily::SignalWire) {
        QVERIFY(!QUuid::fromString(first.sid).isNull());
        QVERIFY(!first.values.contains(u"EmergencyStatus"_s));
    } else {
        QVERIFY(first.sid.startsWith(u"PN"));
        QVERIFY(first.values.contains(u"EmergencyStatus"_s));
    }
    int withVoice = 0;
    int emergency = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        withVoice += model.numberAt(r).voice ? 1 : 0;
        emergency += model.numberAt(r).isEmergencyActive() ? 1 : 0;
    }
    QVERIFY(withVoice > 0); // capabilities are read in either spelling
    QVERIFY(emergency > 0); // and emergency status ("Active", "active")
}

void tst_NumberListModel::filterAsksTheServer()
{
    AccountClient *c = client(ApiFamily::Twilio);
    NumberListModel all(c);
    QVERIFY(loadAll(all));
    // An area code that some, not all, numbers have.
    const QString area = all.numberAt(0).phoneNumber.mid(2, 3);
    int expected = 0;
    for (int r = 0; r < all.rowCount(); ++r)
        expected += all.numberAt(r).phoneNumber.contains(area) ? 1 : 0;
    QVERIFY(expected > 0 && expected < all.rowCount());

    NumberListModel model(c);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter({area, {}});
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.isLoading()); // the server is asked again
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), expected);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.numberAt(r).phoneNumber.contains(area));
    // The same filter again asks nothing.
    model.setFilter({area, {}});
    QCOMPARE(reset.size(), 1);
    QVERIFY(!model.isLoading());
    model.setFilter({});
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), all.rowCount());
}

void tst_NumberListModel::filterByFriendlyName()
{
    AccountClient *c = client(ApiFamily::SignalWire);
    NumberListModel model(c);
    QVERIFY(loadAll(model));
    QString word;
    for (int r = 0; r < model.rowCount() && word.isEmpty(); ++r) {
        const QString name = model.numberAt(r).friendlyName();
        if (!name.startsWith(u'('))
            word = name.section(u' ', 0, 0);
    }
    QVERIFY(!word.isEmpty());
    model.setFilter({{}, word.toLower()});
    QVERIFY(loadAll(model));
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.numberAt(r).friendlyName().contains(word, Qt::CaseInsensitive));
}

void tst_NumberListModel::sortsOnRawValues()
{
    NumberListModel model(client(ApiFamily::Twilio));
    QSortFilterProxyModel proxy;
    proxy.setSortRole(NumberListModel::SortRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NumberListModel::CreatedColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(model));
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const auto a = proxy.index(r - 1, 0).data(NumberListModel::NumberRole).value<IncomingNumber>();
        const auto b = proxy.index(r, 0).data(NumberListModel::NumberRole).value<IncomingNumber>();
        QVERIFY(a.dateCreated >= b.dateCreated);
    }
    proxy.sort(NumberListModel::NumberColumn, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, 0).data().toString() <= proxy.index(r, 0).data().toString());
}

void tst_NumberListModel::updateAddRemoveKeepTheContract()
{
    NumberListModel model(client(ApiFamily::Twilio));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model));
    const int rows = model.rowCount();
    IncomingNumber n = model.numberAt(5);
    n.values[u"FriendlyName"_s] = u"Front desk"_s;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateNumber(n));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(5, NumberListModel::FriendlyNameColumn).data().toString(), u"Front desk"_s);

    const QString removedSid = model.numberAt(3).sid;
    const QString sidAfter = model.numberAt(4).sid;
    QVERIFY(model.removeNumber(removedSid));
    QCOMPARE(model.rowCount(), rows - 1);
    QCOMPARE(model.rowOf(removedSid), -1);
    QCOMPARE(model.rowOf(sidAfter), 3);
    QCOMPARE(model.totalCount(), rows - 1);
    QVERIFY(!model.removeNumber(removedSid));

    IncomingNumber bought = n;
    bought.sid = u"PN"_s + QString(32, u'f');
    bought.phoneNumber = u"+15005550006"_s;
    QCOMPARE(model.addNumber(bought), rows - 1);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.addNumber(bought), rows - 1); // once
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.updateNumber(IncomingNumber{}));
}

void tst_NumberListModel::removingManyIsOnePassAndKeepsTheContract_data()
{
    QTest::addColumn<int>("every");
    // A few runs: each in its own beginRemoveRows(); many: one sweep, as a layout change.
    QTest::newRow("three runs") << 37;
    QTest::newRow("every other row") << 2;
    QTest::newRow("every third row") << 3;
}

void tst_NumberListModel::removingManyIsOnePassAndKeepsTheContract()
{
    QFETCH(int, every);
    NumberListModel model(client(ApiFamily::Twilio));
    QSortFilterProxyModel proxy;
    proxy.setSortRole(NumberListModel::SortRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NumberListModel::NumberColumn, Qt::DescendingOrder);
    QVERIFY(loadAll(model));
    const int rows = model.rowCount();
    QVERIFY(rows >= 100);

    QStringList gone;
    QStringList kept;
    for (int r = 0; r < rows; ++r)
        (r % every == 1 ? gone : kept) << model.numberAt(r).sid;
    // A kept row the view holds on to (its current row, say) follows its number.
    const QString followed = kept.at(kept.size() / 2);
    const QPersistentModelIndex held(model.index(model.rowOf(followed), NumberListModel::NumberColumn));
    const QPersistentModelIndex heldInProxy(proxy.mapFromSource(held));
    const QPersistentModelIndex lost(model.index(model.rowOf(gone.constFirst()), 0));

    QCOMPARE(model.removeNumbers(gone + QStringList{u"PNnot-listed"_s, gone.constFirst()}), int(gone.size()));
    QCOMPARE(model.rowCount(), int(kept.size()));
    QCOMPARE(proxy.rowCount(), int(kept.size()));
    QCOMPARE(model.totalCount(), int(kept.size()));
    for (int r = 0; r < kept.size(); ++r) {
        QCOMPARE(model.numberAt(r).sid, kept.at(r)); // in their order
        QCOMPARE(model.rowOf(kept.at(r)), r);       // and found where they are
    }
    for (const QString &sid : std::as_const(gone))
        QCOMPARE(model.rowOf(sid), -1);
    QVERIFY(held.isValid());
    QCOMPARE(held.row(), model.rowOf(followed));
    QCOMPARE(heldInProxy.data(NumberListModel::SidRole).toString(), followed);
    QVERIFY(!lost.isValid());
    for (int r = 1; r < proxy.rowCount(); ++r) // the proxy still sorts what is left
        QVERIFY(proxy.index(r - 1, 0).data(NumberListModel::SortRole).toString()
                >= proxy.index(r, 0).data(NumberListModel::SortRole).toString());
}

void tst_NumberListModel::problemsAreFlagged()
{
    IncomingNumber n;
    n.voice = n.sms = true;
    n.values = {{u"VoiceUrl"_s, u"http://example.com/a"_s}, {u"SmsUrl"_s, {}}};
    const QStringList p = NumberListModel::problems(n);
    QCOMPARE(p.size(), 2);
    n.values[u"VoiceUrl"_s] = u"https://example.com/a"_s;
    n.values[u"SmsApplicationSid"_s] = u"AP"_s + QString(32, u'0');
    QVERIFY(NumberListModel::problems(n).isEmpty());
    n.values[u"VoiceUrl"_s].clear();
    n.values[u"TrunkSid"_s] = u"TK"_s + QString(32, u'0');
    QVERIFY(NumberListModel::problems(n).isEmpty()); // a trunk answers
}

void tst_NumberListModel::wrongCredentialsFailThePage()
{
    AccountClient bad(m_sandbox.badProfile(ApiFamily::Twilio));
    NumberListModel model(&bad);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &PagedListModel::loadFailed);
    model.fetchMore({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 401);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_NumberListModel::malformedRecordFailsThePage()
{
    NumberListModel model(client(ApiFamily::Twilio));
    // A page where one record lacks its capabilities: the model reads the body through
    // IncomingNumber::fromJson, which refuses it.
    IncomingNumber out;
    QJsonObject record{{u"sid"_s, u"PN1"_s}, {u"phone_number"_s, u"+14155550100"_s}};
    QVERIFY(IncomingNumber::fromJson(record, ApiFamily::Twilio, &out).isError());
    record.insert(u"capabilities"_s, QJsonObject{{u"voice"_s, true}});
    record.insert(u"date_created"_s, u"Thu, 30 Jul 2015 23:19:04 +0000"_s);
    QVERIFY(IncomingNumber::fromJson(record, ApiFamily::Twilio, &out).isError()); // no date_updated
    record.insert(u"date_updated"_s, u"Thu, 30 Jul 2015 23:19:04 +0000"_s);
    QVERIFY(!IncomingNumber::fromJson(record, ApiFamily::Twilio, &out).isError());
    QCOMPARE(out.dateCreated, QDateTime(QDate(2015, 7, 30), QTime(23, 19, 4), Qt::UTC));
    QCOMPARE(IncomingNumber::jsonKey(u"VoiceCallerIdLookup"_s), u"voice_caller_id_lookup"_s);
    QCOMPARE(IncomingNumber::jsonKey(u"ApiVersion"_s), u"api_version"_s);
    QCOMPARE(formatPhoneNumber(u"+14155550100"_s), u"(415) 555-0100"_s);
}

QTEST_GUILESS_MAIN(tst_NumberListModel)
#include "tst_numberlistmodel.moc"
