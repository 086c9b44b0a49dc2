// The number senders through a real outbox against the real sandbox: an edit and a purchase
// end with the server and the draft in agreement, under lost answers, 500s and 429s; a number
// is never bought twice (counted in the sandbox's own database); a number taken between the
// search and the purchase, one the account owns already, a cart that waited, and a stale
// confirmation each end the way the user was told.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "numbers/numbereditdraft.h"
#include "numbers/numbereditsender.h"
#include "numbers/numbersclient.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchasesender.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiFamily)

namespace {
constexpr int LongWaitMs = 90000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ApiResult>();
}
} // namespace

class tst_NumberSenders final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editEndsWithTheServerInAgreement_data();
    void editEndsWithTheServerInAgreement();
    void editOfAGoneNumberIsRefused();
    void cartIsBoughtOnceEach_data();
    void cartIsBoughtOnceEach();
    void takenBetweenSearchAndPurchase();
    void alreadyOwnedIsNotAPurchase();
    void areaCodeItemIsNeverSent();
    void waitedCartChecksAvailabilityFirst();
    void staleConfirmationBuysNothing();
    void testValuesBehaveAsTheContractSays();

private:
    void start(ApiFamily family, const FaultOptions &faults = {});
    QList<AvailableNumber> search(const NumberSearch &s);
    int owned(const QString &phoneNumber);
    PurchaseAccount account() const { return PurchaseAccount::of(m_client->profile()); }
    int takenBySomeoneElse(const QString &phoneNumber);
    Draft submit(const QString &kind, const QJsonObject &payload, const QString &title);
    Draft waitSettled(const QString &id);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    ApiFamily m_family = ApiFamily::Twilio;
};

void tst_NumberSenders::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(40);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
}

void tst_NumberSenders::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void tst_NumberSenders::start(ApiFamily family, const FaultOptions &faults)
{
    m_family = family;
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(family));
    m_client->setTransferTimeout(5000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 200;
    m_client->setRetryPolicy(quick);
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    m_outbox->setRetryDelays(50, 400);
    m_outbox->setCheckDelays({50, 100}); // a lost answer is looked up three times, quickly
    m_outbox->setSender(DraftKind::NumberEdit, std::make_unique<NumberEditSender>(m_client.get()));
    m_outbox->setSender(DraftKind::Purchase, std::make_unique<PurchaseSender>(m_client.get()));
    m_outbox->start();
    m_sandbox->server().setFaults(faults);
}

QList<AvailableNumber> tst_NumberSenders::search(const NumberSearch &s)
{
    const FaultOptions faults = m_sandbox->server().faults();
    m_sandbox->server().setFaults({});
    QList<AvailableNumber> found;
    const ApiError error = NumbersClient::parseAvailable(waitFor(NumbersClient(m_client.get()).search(s)), &found);
    m_sandbox->server().setFaults(faults);
    if (error.isError())
        qWarning() << error.displayText();
    return found;
}

int tst_NumberSenders::owned(const QString &phoneNumber)
{
    return m_sandbox->serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = ? AND phone_number = ?"_s,
                                  {m_family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s,
                                   phoneNumber});
}

int tst_NumberSenders::takenBySomeoneElse(const QString &phoneNumber)
{
    return m_sandbox->serverChange(u"DELETE FROM available_numbers WHERE family = ? AND phone_number = ?"_s,
                                   {m_family == ApiFamily::SignalWire ? u"signalwire"_s : u"twilio"_s,
                                    phoneNumber});
}

Draft tst_NumberSenders::submit(const QString &kind, const QJsonObject &payload, const QString &title)
{
    const Draft d = m_store->create(kind, m_client->profile().id, title, payload, true);
    QString why;
    if (!m_outbox->submitNow(d.id, &why))
        qWarning() << "not submitted:" << why;
    return d;
}

Draft tst_NumberSenders::waitSettled(const QString &id)
{
    // Settled: out of the outbox (sent, refused, or back to the user).
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return !m_store->draft(id).isInOutbox(); }, LongWaitMs);
    return m_store->draft(id); // the caller's checks say what a draft still in the outbox means
}

void tst_NumberSenders::editEndsWithTheServerInAgreement_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("lostAnswerRate");
    QTest::newRow("twilio") << ApiFamily::Twilio << 0.0 << 0.0;
    QTest::newRow("twilio, half the answers 500") << ApiFamily::Twilio << 0.5 << 0.0;
    QTest::newRow("signalwire, answers lost") << ApiFamily::SignalWire << 0.0 << 0.5;
}

void tst_NumberSenders::editEndsWithTheServerInAgreement()
{
    QFETCH(ApiFamily, family);
    QFETCH(double, errorRate);
    QFETCH(double, lostAnswerRate);
    start(family);
    QList<IncomingNumber> numbers;
    QVERIFY(!NumbersClient::parseNumbers(waitFor(NumbersClient(m_client.get()).findOwned(u"+1"_s, 5)),
                                         family, &numbers).isError());
    QVERIFY(!numbers.isEmpty());
    const IncomingNumber before = numbers.first();
    NumberEditDraft edit = NumberEditDraft::startFrom(before, family);
    edit.values[u"VoiceUrl"_s] = u"https://edited.example.com/voice"_s;
    edit.values[u"SmsMethod"_s] = u"get"_s;
    edit.values[u"FriendlyName"_s] = u"Edited under faults"_s;
    FaultOptions faults;
    faults.errorRate = errorRate;
    faults.lostAnswerRate = lostAnswerRate;
    faults.seed = SandboxFixture::FaultSeed; // the same faults on every run
    m_sandbox->server().setFaults(faults);
    const Draft d = waitSettled(submit(DraftKind::NumberEdit, edit.toJson(), edit.title()).id);
    m_sandbox->server().setFaults({});
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(d.remoteId, before.sid);
    IncomingNumber after;
    QVERIFY(!NumbersClient::parseNumber(waitFor(NumbersClient(m_client.get()).get(before.sid)), family, &after).isError());
    QCOMPARE(after.value(u"VoiceUrl"_s), u"https://edited.example.com/voice"_s);
    QCOMPARE(after.value(u"SmsMethod"_s), u"GET"_s);
    QCOMPARE(after.friendlyName(), u"Edited under faults"_s);
    QCOMPARE(after.value(u"SmsUrl"_s), before.value(u"SmsUrl"_s)); // what was not changed stays
}

void tst_NumberSenders::editOfAGoneNumberIsRefused()
{
    start(ApiFamily::Twilio);
    IncomingNumber ghost;
    ghost.sid = u"PN"_s + QString(32, u'0');
    ghost.phoneNumber = u"+14155550199"_s;
    NumberEditDraft edit = NumberEditDraft::startFrom(ghost, ApiFamily::Twilio);
    edit.values[u"VoiceUrl"_s] = u"https://x.example.com"_s;
    const Draft d = waitSettled(submit(DraftKind::NumberEdit, edit.toJson(), edit.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY(!d.errorMessage.isEmpty());
}

void tst_NumberSenders::cartIsBoughtOnceEach_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<QString>("fault");
    QTest::newRow("twilio") << ApiFamily::Twilio << QString();
    QTest::newRow("twilio, answers lost") << ApiFamily::Twilio << u"lost-answer-rate=0.5"_s;
    QTest::newRow("twilio, 429 past 2 a second") << ApiFamily::Twilio << u"throttle=2"_s;
    QTest::newRow("signalwire, connections dropped") << ApiFamily::SignalWire << u"drop-rate=0.4"_s;
}

void tst_NumberSenders::cartIsBoughtOnceEach()
{
    QFETCH(ApiFamily, family);
    QFETCH(QString, fault);
    start(family);
    NumberSearch s;
    s.areaCode = u"415"_s;
    s.excludeAddressRequired = true;
    const QList<AvailableNumber> offered = search(s);
    QVERIFY(offered.size() >= 4);
    PurchaseDraft cart;
    cart.family = family;
    cart.parameters[u"VoiceUrl"_s] = u"https://bought.example.com/voice"_s;
    for (int i = 0; i < 4; ++i) {
        PurchaseItem item;
        item.phoneNumber = offered.at(i).phoneNumber;
        item.offer = offered.at(i);
        item.search = s;
        QVERIFY(cart.add(item));
    }
    cart.confirm(QDateTime::currentDateTimeUtc(), account());
    FaultOptions faults;
    if (!fault.isEmpty()) {
        QString error;
        QVERIFY2(faults.parse(fault, &error), qPrintable(error));
    }
    faults.seed = SandboxFixture::FaultSeed; // the same faults on every run
    m_sandbox->server().setFaults(faults);
    QSignalSpy steps(m_outbox.get(), &Outbox::draftStepSent);
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    m_sandbox->server().setFaults({});
    QVERIFY2(d.state == OutboxState::Sent,
             qPrintable(d.errorMessage + u' ' + QString::fromUtf8(QJsonDocument(d.payload).toJson())));
    const PurchaseDraft after = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(after.count(PurchaseItem::State::Bought), 4);
    QCOMPARE(d.remoteId.split(u',').size(), 4);
    QCOMPARE(steps.size(), 3);
    for (const PurchaseItem &item : after.items) {
        QCOMPARE(owned(item.phoneNumber), 1); // bought, exactly once
        IncomingNumber n;
        QVERIFY(!NumbersClient::parseNumber(waitFor(NumbersClient(m_client.get()).get(item.sid)), family, &n).isError());
        QCOMPARE(n.phoneNumber, item.phoneNumber);
        QCOMPARE(n.value(u"VoiceUrl"_s), u"https://bought.example.com/voice"_s);
    }
}

void tst_NumberSenders::takenBetweenSearchAndPurchase()
{
    start(ApiFamily::Twilio);
    NumberSearch s;
    s.areaCode = u"212"_s;
    s.excludeAddressRequired = true;
    const QList<AvailableNumber> offered = search(s);
    QVERIFY(offered.size() >= 3);
    PurchaseDraft cart;
    for (int i = 0; i < 2; ++i) {
        PurchaseItem item;
        item.phoneNumber = offered.at(i).phoneNumber;
        item.search = s;
        cart.add(item);
    }
    // Another customer of the provider buys the first one meanwhile.
    QCOMPARE(takenBySomeoneElse(offered.at(0).phoneNumber), 1);
    cart.confirm(QDateTime::currentDateTimeUtc(), account());
    Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    PurchaseDraft after = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(after.items.at(0).state, PurchaseItem::State::Failed);
    QCOMPARE(after.items.at(0).errorCode, u"21422"_s);
    QCOMPARE(after.items.at(1).state, PurchaseItem::State::Bought);
    QCOMPARE(d.errors.size(), 1);
    QCOMPARE(d.errors.first().field, u"item:"_s + offered.at(0).phoneNumber);
    QVERIFY2(d.errorMessage.contains(u"1 bought · 1 not bought"), qPrintable(d.errorMessage));
    QCOMPARE(owned(offered.at(1).phoneNumber), 1);

    // Replaced with another number of the same search and confirmed again: only that one is
    // bought; the number bought before is not bought again.
    after.items[0].phoneNumber = offered.at(2).phoneNumber;
    after.items[0].state = PurchaseItem::State::Pending;
    after.confirm(QDateTime::currentDateTimeUtc(), account());
    QVERIFY(m_store->updateContent(d.id, after.toJson(), after.title(), true));
    QVERIFY(m_outbox->submitNow(d.id));
    d = waitSettled(d.id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(owned(offered.at(1).phoneNumber), 1);
    QCOMPARE(owned(offered.at(2).phoneNumber), 1);
}

void tst_NumberSenders::alreadyOwnedIsNotAPurchase()
{
    start(ApiFamily::Twilio);
    QList<IncomingNumber> numbers;
    QVERIFY(!NumbersClient::parseNumbers(waitFor(NumbersClient(m_client.get()).findOwned(u"+1"_s, 1)),
                                         ApiFamily::Twilio, &numbers).isError());
    PurchaseDraft cart;
    PurchaseItem item;
    item.phoneNumber = numbers.first().phoneNumber;
    cart.add(item);
    cart.confirm(QDateTime::currentDateTimeUtc(), account());
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Sent);
    const PurchaseDraft after = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(after.items.first().state, PurchaseItem::State::AlreadyOwned);
    QCOMPARE(after.items.first().sid, numbers.first().sid);
    QCOMPARE(after.count(PurchaseItem::State::Bought), 0);
    QCOMPARE(owned(item.phoneNumber), 1);
}

void tst_NumberSenders::areaCodeItemIsNeverSent()
{
    // An older version's "any number in 312", never sent: refused before anything is bought,
    // the exact numbers of the cart included, and nothing more in 312 on the server.
    start(ApiFamily::Twilio);
    const QString in312 =
        u"SELECT COUNT(*) FROM numbers WHERE family = 'twilio' AND phone_number LIKE '+1312%'"_s;
    const int before = m_sandbox->serverCount(in312);
    PurchaseDraft cart;
    PurchaseItem area;
    area.areaCode = u"312"_s;
    cart.add(area);
    PurchaseItem exact;
    exact.phoneNumber = u"+15005550006"_s;
    cart.add(exact);
    cart.confirm(QDateTime::currentDateTimeUtc(), account());
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QCOMPARE(d.errors.first().field, u"item:area:312"_s);
    QCOMPARE(m_sandbox->serverCount(in312), before);
    QCOMPARE(owned(u"+15005550006"_s), 0);
}

void tst_NumberSenders::waitedCartChecksAvailabilityFirst()
{
    start(ApiFamily::Twilio);
    NumberSearch s;
    s.areaCode = u"646"_s;
    s.excludeAddressRequired = true;
    const QList<AvailableNumber> offered = search(s);
    QVERIFY(offered.size() >= 2);
    PurchaseDraft cart;
    for (int i = 0; i < 2; ++i) {
        PurchaseItem item;
        item.phoneNumber = offered.at(i).phoneNumber;
        item.search = s;
        cart.add(item);
    }
    // Confirmed an hour ago (it waited offline); the second number went meanwhile.
    cart.confirm(QDateTime::currentDateTimeUtc().addSecs(-3600), account());
    QCOMPARE(takenBySomeoneElse(offered.at(1).phoneNumber), 1);
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY2(d.errorMessage.contains(offered.at(1).phoneNumber), qPrintable(d.errorMessage));
    QCOMPARE(owned(offered.at(0).phoneNumber), 0); // nothing bought
    QCOMPARE(PurchaseDraft::fromJson(d.payload).count(PurchaseItem::State::Bought), 0);
}

void tst_NumberSenders::staleConfirmationBuysNothing()
{
    start(ApiFamily::Twilio);
    NumberSearch s;
    s.areaCode = u"415"_s;
    const QList<AvailableNumber> offered = search(s);
    QVERIFY(!offered.isEmpty());
    PurchaseDraft cart;
    PurchaseItem item;
    item.phoneNumber = offered.first().phoneNumber;
    cart.add(item);
    cart.confirm(QDateTime::currentDateTimeUtc().addDays(-2), account());
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QCOMPARE(d.errors.first().field, u"confirmation"_s);
    QCOMPARE(owned(item.phoneNumber), 0);
}

void tst_NumberSenders::testValuesBehaveAsTheContractSays()
{
    start(ApiFamily::Twilio);
    PurchaseDraft cart;
    for (const QString &n : {u"+15005550006"_s, u"+15005550000"_s, u"+15005550001"_s}) {
        PurchaseItem item;
        item.phoneNumber = n;
        cart.add(item);
    }
    cart.confirm(QDateTime::currentDateTimeUtc(), account());
    const Draft d = waitSettled(submit(DraftKind::Purchase, cart.toJson(), cart.title()).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    const PurchaseDraft after = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(after.items.at(0).state, PurchaseItem::State::Bought);
    QCOMPARE(after.items.at(1).errorCode, u"21422"_s);
    QCOMPARE(after.items.at(2).errorCode, u"21421"_s);
    QCOMPARE(d.errors.size(), 2);
    QVERIFY(purchaseErrorText(u"21452"_s, {}).nextStep.contains(u"nearby"));
}

QTEST_GUILESS_MAIN(tst_NumberSenders)
#include "tst_numbersenders.moc"
