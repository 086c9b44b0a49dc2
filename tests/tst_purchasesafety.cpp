// Purchases that can never buy twice (issue 17), each hole driven through the real outbox,
// DraftStore and sandbox and counted in the sandbox's own database:
//  1. an area-code purchase an older version left undecided, resolved by the user ("It is
//     …"), buys nothing more; "Keep as draft" leaves nothing pending and confirmed;
//  2. an area code with more than a page (1,000) of the account's numbers and a lost answer
//     buys once: every page is read, and nothing is resent;
//  3. a purchase the provider carries out after the client gave up (late commit) buys once
//     and is reported bought, whether the look-ups or a refused resend learn it;
//  4. a number someone else bought in the same area code meanwhile is never claimed;
//  5. a confirmed cart moved to another account asks again there, and a move while the
//     pre-purchase read is in flight buys nothing anywhere; a cart between steps stays;
//  6. a duplicated or imported confirmed cart asks again before buying;
//  8. a full disk after a purchase neither loops nor loses the outcome.
// Tests 1, 2 and 4 start from a cart as the older version stored it (its payload and send
// notes written into the store), since the app itself no longer buys by area code.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "api/networklog.h"
#include "drafts/draftlistmodel.h"
#include "drafts/draftmove.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "fulldisk.h"
#include "numbers/numbersclient.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchasesender.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 60000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ApiResult>();
}

// The payload and send notes an older version stored for "any number in `area`" while its
// purchase was in flight: the area code alone, a confirmation without an account, and the
// SIDs the account held there (one page of up to 1,000) before the purchase left.
struct OldCart
{
    QJsonObject payload;
    QJsonObject notes;
};

OldCart oldAreaCodeCart(const QString &area, const QStringList &sidsBefore, bool complete)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    OldCart cart;
    cart.payload = QJsonObject{
        {u"family"_s, u"twilio"_s},
        {u"search"_s, QJsonObject{{u"areaCode"_s, area}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u""_s},
                                            {u"areaCode"_s, area},
                                            {u"offer"_s, QJsonObject{}},
                                            {u"search"_s, QJsonObject{{u"areaCode"_s, area}}},
                                            {u"state"_s, u"pending"_s}}}},
        {u"parameters"_s, QJsonObject{}},
        {u"confirmedAt"_s, now},
        {u"confirmedKeys"_s, QJsonArray{QString(u"area:"_s + area)}}};
    cart.notes = QJsonObject{{u"item"_s, QString(u"area:"_s + area)},
                             {u"areaBefore"_s, QJsonArray::fromStringList(sidsBefore)},
                             {u"areaComplete"_s, complete},
                             {u"preparedAt"_s, QDateTime::currentDateTimeUtc()
                                                   .addSecs(-5)
                                                   .toString(Qt::ISODate)}};
    return cart;
}
} // namespace

class tst_PurchaseSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undecidedAreaCodeResolvedBuysNothingMore();
    void keepAsDraftFromUndecidedLeavesNothingConfirmed();
    void areaCodeWithMoreThanAPageAndALostAnswerBuysOnce();
    void lateCommitBuysOnceAndIsReportedBought();
    void refusedResendOfALateCommitIsReportedBought();
    void someoneElsesNumberInTheAreaCodeIsNeverClaimed();
    void movedConfirmedCartAsksAgain();
    void moveWhileThePrePurchaseReadIsInFlightBuysNothing();
    void cartBetweenStepsStaysOnItsAccount();
    void copiedConfirmedCartAsksAgain_data();
    void copiedConfirmedCartAsksAgain();
    void fullDiskAfterAPurchaseNeitherLoopsNorLoses();

private:
    AccountClient *client(const AccountProfile &profile);
    Outbox *outbox(AccountClient *client, bool start = true);
    PurchaseAccount accountOf(const AccountClient *c) const { return PurchaseAccount::of(c->profile()); }
    // The account's numbers in an area code, counted in the server's database.
    int inArea(const QString &area, const QString &account = {}) const;
    int ownedByAnyone(const QString &number) const;
    // What the account holds in an area code: the SIDs of its first page (oldest first).
    QStringList firstPageSids(AccountClient *c, const QString &area, bool *complete = nullptr);
    // A purchase made behind the app's back (the lost answer's, or another buyer's).
    IncomingNumber buyDirectly(AccountClient *c, const QList<QPair<QString, QString>> &request);
    QString freeNumber(AccountClient *c, const QString &area, const QString &besides = {});
    // A cart in the store as the outbox left it: Unknown with its send notes.
    QString storeInFlight(const QString &accountId, const OldCart &cart);
    // An older version's "any number in `area`" in flight, with what the account held there
    // (its first page, as that version read it) noted before it left.
    QString storeOldPurchaseInFlight(const QString &area, QStringList *before = nullptr,
                                     bool *complete = nullptr);
    QString storeConfirmed(AccountClient *c, const QStringList &numbers);
    int purchaseRequests() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::vector<std::unique_ptr<AccountClient>> m_clients;
    std::vector<std::unique_ptr<Outbox>> m_outboxes;
    NetworkLog m_log;
    AccountClient *m_main = nullptr;
    AccountClient *m_sub = nullptr;
};

void tst_PurchaseSafety::initTestCase()
{
    // Before any SQLite connection: the drafts' writes can be made to fail on demand, and
    // only theirs (each test's drafts folder), never the in-process sandbox's.
    QVERIFY(FullDisk::install());
    FullDisk::setOnlyUnder("/nothing-is-under-here/");
}

void tst_PurchaseSafety::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(200);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    FullDisk::setOnlyUnder(QFile::encodeName(m_dir->path() + u'/').constData());
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_store->setKindRules(DraftKind::Purchase, purchaseKindRules());
    m_log.clear();
    m_main = client(m_sandbox->profile(ApiFamily::Twilio));
    AccountProfile sub = m_sandbox->profile(ApiFamily::Twilio);
    sub.id = u"sandbox-subaccount-twilio"_s;
    sub.displayName = u"Sandbox subaccount · Twilio"_s;
    sub.user = m_sandbox->server().credentials().twilioSubaccountSid;
    sub.secret = m_sandbox->server().credentials().twilioSubaccountAuthToken;
    m_sub = client(sub);
}

void tst_PurchaseSafety::cleanup()
{
    FullDisk::setFull(false);
    m_outboxes.clear();
    m_clients.clear();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

AccountClient *tst_PurchaseSafety::client(const AccountProfile &profile)
{
    auto c = std::make_unique<AccountClient>(profile);
    c->setTransferTimeout(10000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 200;
    c->setRetryPolicy(quick);
    c->setNetworkLog(&m_log);
    m_clients.push_back(std::move(c));
    return m_clients.back().get();
}

Outbox *tst_PurchaseSafety::outbox(AccountClient *c, bool start)
{
    auto box = std::make_unique<Outbox>(m_store.get(), c);
    box->setRetryDelays(50, 400);
    box->setCheckDelays({100, 200, 400});
    box->setSender(DraftKind::Purchase, std::make_unique<PurchaseSender>(c));
    if (start)
        box->start();
    m_outboxes.push_back(std::move(box));
    return m_outboxes.back().get();
}

int tst_PurchaseSafety::inArea(const QString &area, const QString &account) const
{
    return m_sandbox->serverCount(u"SELECT COUNT(*) FROM numbers WHERE family = 'twilio' AND"
                                  u" account = ? AND phone_number LIKE ?"_s,
                                  {account.isNull() ? u""_s : account, QString(u"+1"_s + area + u"%"_s)});
}

int tst_PurchaseSafety::ownedByAnyone(const QString &number) const
{
    return m_sandbox->serverCount(u"SELECT COUNT(*) FROM numbers WHERE phone_number = ?"_s, {number});
}

QStringList tst_PurchaseSafety::firstPageSids(AccountClient *c, const QString &area, bool *complete)
{
    QList<IncomingNumber> numbers;
    bool more = false;
    const ApiError e = NumbersClient::parseNumbers(
        waitFor(NumbersClient(c).findOwned(u"+1"_s + area)), ApiFamily::Twilio, &numbers, &more);
    if (e.isError())
        qWarning() << e.displayText();
    if (complete)
        *complete = !more;
    QStringList sids;
    for (const IncomingNumber &n : std::as_const(numbers))
        sids << n.sid;
    return sids;
}

IncomingNumber tst_PurchaseSafety::buyDirectly(AccountClient *c,
                                               const QList<QPair<QString, QString>> &request)
{
    IncomingNumber n;
    const ApiError e = NumbersClient::parseNumber(waitFor(NumbersClient(c).buy(request)),
                                                  ApiFamily::Twilio, &n);
    if (e.isError())
        qWarning() << "could not buy:" << e.displayText();
    return n;
}

QString tst_PurchaseSafety::freeNumber(AccountClient *c, const QString &area, const QString &besides)
{
    NumberSearch s;
    s.areaCode = area;
    s.excludeAddressRequired = true;
    QList<AvailableNumber> found;
    NumbersClient::parseAvailable(waitFor(NumbersClient(c).search(s)), &found);
    for (const AvailableNumber &a : std::as_const(found)) {
        if (ownedByAnyone(a.phoneNumber) == 0 && a.phoneNumber != besides)
            return a.phoneNumber;
    }
    return {};
}

QString tst_PurchaseSafety::storeInFlight(const QString &accountId, const OldCart &cart)
{
    Draft d = m_store->create(DraftKind::Purchase, accountId, u"Buy a number"_s, cart.payload, true);
    if (d.isNull() || !m_store->enqueue(d.id))
        return {};
    d = m_store->draft(d.id);
    d.state = OutboxState::Sending;
    d.sendContext = cart.notes;
    if (!m_store->save(d))
        return {};
    return d.id; // left Sending, as by a crash or a lost answer: start() makes it Unknown
}

QString tst_PurchaseSafety::storeOldPurchaseInFlight(const QString &area, QStringList *before,
                                                     bool *complete)
{
    bool whole = false;
    const QStringList sids = firstPageSids(m_main, area, &whole);
    if (before)
        *before = sids;
    if (complete)
        *complete = whole;
    return storeInFlight(m_main->profile().id, oldAreaCodeCart(area, sids, whole));
}

QString tst_PurchaseSafety::storeConfirmed(AccountClient *c, const QStringList &numbers)
{
    PurchaseDraft cart;
    for (const QString &number : numbers) {
        PurchaseItem item;
        item.phoneNumber = number;
        cart.add(item);
    }
    cart.confirm(QDateTime::currentDateTimeUtc(), accountOf(c));
    return m_store->create(DraftKind::Purchase, c->profile().id, cart.title(), cart.toJson(), true).id;
}

int tst_PurchaseSafety::purchaseRequests() const
{
    int n = 0;
    for (int row = 0; row < m_log.rowCount(); ++row) {
        const NetworkLogEntry e = m_log.entry(row);
        n += e.method == u"POST" && e.url.path().endsWith(u"/IncomingPhoneNumbers.json") ? 1 : 0;
    }
    return n;
}

void tst_PurchaseSafety::undecidedAreaCodeResolvedBuysNothingMore()
{
    bool complete = false;
    const QString id = storeOldPurchaseInFlight(u"212"_s, nullptr, &complete);
    QVERIFY(complete);
    QVERIFY(!id.isEmpty());
    // The purchase whose answer was lost, and a second buyer in 212 meanwhile.
    const IncomingNumber ours = buyDirectly(m_main, {{u"AreaCode"_s, u"212"_s}});
    const IncomingNumber theirs = buyDirectly(m_main, {{u"AreaCode"_s, u"212"_s}});
    QVERIFY(!ours.sid.isEmpty() && !theirs.sid.isEmpty());
    const int held = inArea(u"212"_s);

    Outbox *box = outbox(m_main);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Undecided, WaitMs);
    QCOMPARE(m_store->draft(id).candidates().size(), 2);
    QCOMPARE(inArea(u"212"_s), held); // nothing was sent meanwhile

    // The user says which: that step is recorded, and nothing more is bought.
    QString why;
    QVERIFY2(box->resolve(id, ours.sid, &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->draft(id).isInOutbox()
                                 && m_store->draft(id).state != OutboxState::Undecided, WaitMs);
    const Draft d = m_store->draft(id);
    QCOMPARE(d.state, OutboxState::Sent);
    const PurchaseItem item = PurchaseDraft::fromJson(d.payload).items.first();
    QCOMPARE(item.state, PurchaseItem::State::Bought);
    QCOMPARE(item.sid, ours.sid);
    QCOMPARE(item.boughtNumber, ours.phoneNumber); // never blank, even after a restart
    QCOMPARE(inArea(u"212"_s), held);
    QCOMPARE(purchaseRequests(), 2); // the two made behind the app's back; none by the app
}

void tst_PurchaseSafety::keepAsDraftFromUndecidedLeavesNothingConfirmed()
{
    const QString id = storeOldPurchaseInFlight(u"212"_s);
    buyDirectly(m_main, {{u"AreaCode"_s, u"212"_s}});
    buyDirectly(m_main, {{u"AreaCode"_s, u"212"_s}});
    const int held = inArea(u"212"_s);
    outbox(m_main);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Undecided, WaitMs);

    QVERIFY(m_store->dequeue(id)); // "Keep as draft"
    Draft d = m_store->draft(id);
    QCOMPARE(d.state, OutboxState::Editing);
    const PurchaseDraft kept = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(kept.items.first().state, PurchaseItem::State::Unsettled);
    QVERIFY(kept.confirmation.isNull());
    QCOMPARE(kept.pendingCount(), 0);
    QVERIFY(kept.summary().text().contains(u"needs your decision"));

    // Sent again as it is: it ends at once, saying the number needs the user's decision;
    // nothing is bought.
    QVERIFY(m_store->enqueue(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Rejected, WaitMs);
    QCOMPARE(m_store->draft(id).errors.constLast().field, u"item:area:212"_s);
    QCOMPARE(m_store->draft(id).errors.constLast().code, u"undecided"_s);
    QVERIFY2(m_store->draft(id).errorMessage.contains(u"needs your decision: 1"),
             qPrintable(m_store->draft(id).errorMessage));
    QCOMPARE(inArea(u"212"_s), held);
}

void tst_PurchaseSafety::areaCodeWithMoreThanAPageAndALostAnswerBuysOnce()
{
    // 1,100 numbers of the account's in 808, bought a month ago, listed oldest first.
    QCOMPARE(m_sandbox->serverChange(
                 u"INSERT INTO numbers (family, sid, phone_number, friendly_name, date_created,"
                 u" date_updated) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                 u" WHERE i < 1100) SELECT 'twilio', printf('PN%032x', 7000000 + i),"
                 u" printf('+1808%07d', 3000000 + i), 'Old 808 number',"
                 u" strftime('%s', 'now') - 2592000, strftime('%s', 'now') - 2592000 FROM n"_s),
             1100);
    bool complete = true;
    QStringList before;
    const QString id = storeOldPurchaseInFlight(u"808"_s, &before, &complete);
    QCOMPARE(before.size(), 1000);
    QVERIFY(!complete);
    const IncomingNumber ours = buyDirectly(m_main, {{u"AreaCode"_s, u"808"_s}});
    QVERIFY(!ours.sid.isEmpty());
    const int held = inArea(u"808"_s);
    QVERIFY(held > 1100);

    Outbox *box = outbox(m_main);
    // Every page is read; the new number, on the last one, is shown: nothing is resent.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Undecided, WaitMs);
    const QList<DraftCandidate> candidates = m_store->draft(id).candidates();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().remoteId, ours.sid);
    QCOMPARE(inArea(u"808"_s), held);
    QVERIFY(box->resolve(id, ours.sid));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    QCOMPARE(inArea(u"808"_s), held); // bought once
}

void tst_PurchaseSafety::lateCommitBuysOnceAndIsReportedBought()
{
    // The provider finishes three seconds after the connection closed. The outbox looks at
    // its own (default) intervals, 2 s then 5 s: it finds the purchase and never resends.
    const QString number = freeNumber(m_main, u"646"_s);
    QVERIFY(!number.isEmpty());
    const QString id = storeConfirmed(m_main, {number});
    const int before = inArea(u"646"_s);
    FaultOptions late;
    QVERIFY(late.parse(u"late-commit-rate=1"_s, nullptr));
    QVERIFY(late.parse(u"late-commit-ms=3000"_s, nullptr));
    m_sandbox->server().setFaults(late);
    Outbox *box = outbox(m_main, false);
    box->setCheckDelays({2000, 5000, 15000, 60000});
    box->start();
    QVERIFY(box->submitNow(id));

    // "Checking whether the purchase went through…" in the draft list while it waits.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(id).nextCheckAt().isValid(), WaitMs);
    QCOMPARE(DraftListModel::stateText(m_store->draft(id)),
             u"Checking whether the purchase went through…"_s);
    // Someone else buys another number in 646 meanwhile: never taken for ours.
    m_sandbox->server().setFaults({});
    const IncomingNumber theirs = buyDirectly(m_main, {{u"PhoneNumber"_s, freeNumber(m_main, u"646"_s, number)}});
    QVERIFY(!theirs.sid.isEmpty());
    m_sandbox->server().setFaults(late);

    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    m_sandbox->server().setFaults({});
    const PurchaseItem item = PurchaseDraft::fromJson(m_store->draft(id).payload).items.first();
    QCOMPARE(item.state, PurchaseItem::State::Bought);
    QCOMPARE(item.boughtNumber, number);
    QVERIFY(item.sid != theirs.sid);
    QCOMPARE(ownedByAnyone(number), 1);
    QCOMPARE(inArea(u"646"_s), before + 2); // ours once, and theirs
    QCOMPARE(purchaseRequests(), 2);        // ours once, and theirs
}

void tst_PurchaseSafety::refusedResendOfALateCommitIsReportedBought()
{
    // Looked up four times and not found, so it is sent again; the provider finished the
    // first attempt meanwhile, so the resend is refused (21422, the account owns it). Not
    // owned before the first attempt and owned now: bought, never "already yours".
    const QString number = freeNumber(m_main, u"718"_s);
    QVERIFY(!number.isEmpty());
    const QString id = storeConfirmed(m_main, {number});
    QVERIFY(m_store->enqueue(id));
    Draft d = m_store->draft(id);
    d.sendContext = QJsonObject{{u"firstAttempt"_s, QJsonObject{{u"item"_s, number},
                                                                {u"ownedBefore"_s, u""_s},
                                                                {u"preparedAt"_s, u"x"_s}}}};
    QVERIFY(m_store->save(d));
    const IncomingNumber late = buyDirectly(m_main, {{u"PhoneNumber"_s, number}});
    QVERIFY(!late.sid.isEmpty());
    outbox(m_main);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    const PurchaseItem item = PurchaseDraft::fromJson(m_store->draft(id).payload).items.first();
    QCOMPARE(item.state, PurchaseItem::State::Bought);
    QCOMPARE(item.sid, late.sid);
    QCOMPARE(ownedByAnyone(number), 1);
}

void tst_PurchaseSafety::someoneElsesNumberInTheAreaCodeIsNeverClaimed()
{
    // Our purchase never reached the server; someone bought in 312 at the same time (the
    // console, another tool, a second profile on the same account).
    bool complete = false;
    const QString id = storeOldPurchaseInFlight(u"312"_s, nullptr, &complete);
    QVERIFY(complete);
    const IncomingNumber theirs = buyDirectly(m_main, {{u"AreaCode"_s, u"312"_s}});
    const int held = inArea(u"312"_s);
    Outbox *box = outbox(m_main);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Undecided, WaitMs);
    const Draft d = m_store->draft(id);
    QCOMPARE(d.candidates().size(), 1);
    QCOMPARE(d.candidates().first().remoteId, theirs.sid);
    QCOMPARE(PurchaseDraft::fromJson(d.payload).items.first().state, PurchaseItem::State::Pending);
    // "None of these": never resent by area code; the cart goes back to the user.
    QVERIFY(box->resolve(id, {}));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Rejected, WaitMs);
    QCOMPARE(m_store->draft(id).errors.first().field, u"item:area:312"_s);
    QVERIFY(PurchaseDraft::fromJson(m_store->draft(id).payload).items.first().sid.isEmpty());
    QCOMPARE(inArea(u"312"_s), held);
}

void tst_PurchaseSafety::movedConfirmedCartAsksAgain()
{
    const QString number = freeNumber(m_main, u"415"_s);
    const QString id = storeConfirmed(m_main, {number});
    QVERIFY(m_store->enqueue(id)); // waiting in account A's outbox (offline)
    const DraftMoveResult moved = DraftMove::move(m_store.get(), {id}, m_sub->profile().id);
    QCOMPARE(moved.moved, QStringList{id});
    outbox(m_main);
    outbox(m_sub);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Rejected, WaitMs);
    const Draft d = m_store->draft(id);
    QCOMPARE(d.accountId, m_sub->profile().id);
    QCOMPARE(d.errors.constLast().field, u"confirmation"_s);
    QVERIFY2(d.errors.constLast().message.contains(u"moved"), qPrintable(d.errors.constLast().message));
    QCOMPARE(ownedByAnyone(number), 0); // bought on neither account
    QCOMPARE(purchaseRequests(), 0);
}

void tst_PurchaseSafety::moveWhileThePrePurchaseReadIsInFlightBuysNothing()
{
    const QString number = freeNumber(m_main, u"415"_s);
    const QString id = storeConfirmed(m_main, {number});
    FaultOptions slow;
    slow.latencyMs = 1500;
    m_sandbox->server().setFaults(slow);
    Outbox *a = outbox(m_main);
    QVERIFY(a->submitNow(id));
    // A's read of the account before buying is on its way...
    QTRY_VERIFY_WITH_TIMEOUT(m_log.rowCount() > 0 && !m_log.entry(m_log.rowCount() - 1).isFinished(),
                             WaitMs);
    QCOMPARE(m_store->draft(id).state, OutboxState::Queued);
    // ...when the cart moves to B.
    QCOMPARE(DraftMove::move(m_store.get(), {id}, m_sub->profile().id).moved, QStringList{id});
    outbox(m_sub);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Rejected, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(a->status(), Outbox::Status::Idle, WaitMs);
    m_sandbox->server().setFaults({});
    QCOMPARE(ownedByAnyone(number), 0);
    QCOMPARE(purchaseRequests(), 0);
}

void tst_PurchaseSafety::cartBetweenStepsStaysOnItsAccount()
{
    const QString first = freeNumber(m_main, u"415"_s);
    const QString second = freeNumber(m_main, u"212"_s);
    const QString id = storeConfirmed(m_main, {first, second});
    const int subHeld = m_sandbox->serverCount(u"SELECT COUNT(*) FROM numbers WHERE account = ?"_s,
                                               {m_sub->profile().user});
    FaultOptions slow;
    slow.latencyMs = 400;
    m_sandbox->server().setFaults(slow);
    Outbox *a = outbox(m_main);
    QVERIFY(a->submitNow(id));
    // Every state between the first purchase and the last is refused a move, with why.
    QSet<OutboxState> refusedIn;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        const Draft d = m_store->draft(id);
        QString why;
        if (d.isInOutbox() && d.stepsDone() + (d.state == OutboxState::Queued ? 0 : 1) > 0
            && !DraftMove::canMove(d, &why, m_store.get())) {
            refusedIn.insert(d.isBetweenSteps() ? OutboxState::Queued : d.state);
            if (d.isBetweenSteps() && !why.contains(u"partly sent"))
                qWarning() << why;
        }
        return refusedIn.contains(OutboxState::Queued) || !d.isInOutbox();
    }(), WaitMs);
    QVERIFY2(refusedIn.contains(OutboxState::Queued), "the cart was never seen between steps");
    QCOMPARE(DraftMove::move(m_store.get(), {id}, m_sub->profile().id).moved, QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, WaitMs);
    m_sandbox->server().setFaults({});
    QCOMPARE(m_store->draft(id).accountId, m_main->profile().id);
    QCOMPARE(m_sandbox->serverCount(u"SELECT COUNT(*) FROM numbers WHERE account = ?"_s,
                                    {m_sub->profile().user}),
             subHeld); // nothing on the other account
    QCOMPARE(ownedByAnyone(first), 1);
    QCOMPARE(ownedByAnyone(second), 1);
    // Bought there, it stays there: its kind says so, even as a draft again.
    QString why;
    QVERIFY(!DraftMove::canMove(m_store->draft(id), &why, m_store.get()));
}

void tst_PurchaseSafety::copiedConfirmedCartAsksAgain_data()
{
    QTest::addColumn<bool>("imported");
    QTest::newRow("duplicated") << false;
    QTest::newRow("imported") << true;
}

void tst_PurchaseSafety::copiedConfirmedCartAsksAgain()
{
    QFETCH(bool, imported);
    const QString number = freeNumber(m_main, u"415"_s);
    const QString original = storeConfirmed(m_main, {number});
    QString copy;
    if (imported) {
        const QString file = m_dir->filePath(u"cart.json"_s);
        QVERIFY(m_store->exportTo({original}, file).ok);
        QVERIFY(m_store->remove(original)); // gone here: the import is not skipped as a twin
        const DraftTransferResult r = m_store->importFrom(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        copy = r.ids.value(0);
    } else {
        copy = m_store->duplicate(original).id;
    }
    QVERIFY(!copy.isEmpty());
    QVERIFY(PurchaseDraft::fromJson(m_store->draft(copy).payload).confirmation.isNull());
    // "Send when online" from the Drafts list: asked again, nothing bought.
    QVERIFY(m_store->enqueue(copy));
    outbox(m_main);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(copy).state, OutboxState::Rejected, WaitMs);
    const FieldError why = m_store->draft(copy).errors.constLast();
    QCOMPARE(why.field, u"confirmation"_s);
    QVERIFY2(why.message.contains(imported ? u"imported" : u"copy"), qPrintable(why.message));
    QCOMPARE(ownedByAnyone(number), 0);
    QCOMPARE(purchaseRequests(), 0);
}

void tst_PurchaseSafety::fullDiskAfterAPurchaseNeitherLoopsNorLoses()
{
    const QString number = freeNumber(m_main, u"415"_s);
    const QString id = storeConfirmed(m_main, {number});
    FaultOptions slow;
    slow.latencyMs = 800; // the answer is on its way when the disk fills up
    m_sandbox->server().setFaults(slow);
    Outbox *box = outbox(m_main);
    QVERIFY(box->submitNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sending, WaitMs);
    FullDisk::setFull(true);

    // The purchase's outcome could not be written: kept in memory, shown, nothing more sent.
    QTRY_COMPARE_WITH_TIMEOUT(box->status(), Outbox::Status::WaitingForDisk, WaitMs);
    QVERIFY(m_store->isKept(id));
    QVERIFY(m_store->hasUnsaved()); // the Drafts section says so, quitting asks first
    QVERIFY2(box->waitReason().contains(u"is full"), qPrintable(box->waitReason()));
    const Draft inMemory = m_store->draft(id);
    QCOMPARE(inMemory.state, OutboxState::Sent);
    QCOMPARE(PurchaseDraft::fromJson(inMemory.payload).items.first().state, PurchaseItem::State::Bought);
    const int requests = m_log.rowCount();
    // The store tries again by itself (every DraftStore::RetryMs); the outbox sends nothing.
    const int refused = FullDisk::refusedCount();
    QTRY_VERIFY_WITH_TIMEOUT(FullDisk::refusedCount() > refused, WaitMs);
    QCOMPARE(m_log.rowCount(), requests);
    QCOMPARE(box->status(), Outbox::Status::WaitingForDisk);

    // Space is back: the outcome is written, and the outbox goes on.
    FullDisk::setFull(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isKept(id), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(box->status(), Outbox::Status::Idle, WaitMs);
    m_sandbox->server().setFaults({});
    QCOMPARE(ownedByAnyone(number), 1);
    QCOMPARE(purchaseRequests(), 1);
    // On disk, as another process reads it.
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_store->databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT state, payload FROM drafts WHERE id = '%1'"_s.arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"sent"_s);
        const PurchaseDraft stored =
            PurchaseDraft::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        QCOMPARE(stored.items.first().state, PurchaseItem::State::Bought);
        QCOMPARE(stored.items.first().boughtNumber, number);
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(tst_PurchaseSafety)
#include "tst_purchasesafety.moc"
