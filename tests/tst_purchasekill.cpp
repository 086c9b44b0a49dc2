// A cart bought by a process that is killed (SIGKILL) at each step of one purchase, then
// started again on the same data folder: every number is bought exactly once, counted in the
// sandbox's own database, and the cart reports each as bought (never "already yours", never
// blank). The buyer is tests/purchasedriver (the real DraftStore, Outbox and PurchaseSender);
// it kills itself at the point the test names, so each case is the same on every run:
//   before the request     Sending written with its notes, the purchase not sent;
//   after the server acted the purchase's connection closed unanswered and the sandbox
//                          carried it out a moment later (late-commit fault);
//   after the answer       the purchase's 201 arrived, nothing written about it yet.
#include "drafts/draftstore.h"
#include "numbers/numbersclient.h"
#include "numbers/purchasedraft.h"
#include "sandboxfixture.h"

#include "api/accountclient.h"
#include "api/apijob.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 90000;
}

class tst_PurchaseKill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtEachStepBuysEachNumberOnce_data();
    void killedAtEachStepBuysEachNumberOnce();

private:
    // Runs the driver to its end (or its death); false if it did not end in time.
    bool runDriver(const QString &folder, const QByteArray &killAt, int step, QProcess::ExitStatus *status,
                   int *exitCode, QByteArray *output);
    int owned(const QString &number) const
    {
        return m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE phone_number = ?"_s, {number});
    }

    SandboxFixture m_sandbox{50};
};

void tst_PurchaseKill::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

bool tst_PurchaseKill::runDriver(const QString &folder, const QByteArray &killAt, int step,
                                 QProcess::ExitStatus *status, int *exitCode, QByteArray *output)
{
    QProcess driver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SWITCHBOARD_DRIVER_SECRET"_s, m_sandbox.server().credentials().twilioAuthToken);
    env.remove(u"SWITCHBOARD_KILL_AT"_s);
    if (!killAt.isEmpty()) {
        env.insert(u"SWITCHBOARD_KILL_AT"_s, QString::fromLatin1(killAt));
        env.insert(u"SWITCHBOARD_KILL_STEP"_s, QString::number(step));
    }
    driver.setProcessEnvironment(env);
    driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The sandbox answers from this process's event loop: wait with a spy, never blocking.
    QSignalSpy finished(&driver, &QProcess::finished);
    driver.start(QStringLiteral(PURCHASE_DRIVER),
                 {u"--data"_s, folder, u"--base-url"_s, m_sandbox.server().baseUrl().toString(),
                  u"--user"_s, m_sandbox.server().credentials().twilioAccountSid,
                  u"--check-delays"_s, u"50,100,200"_s});
    if (!finished.wait(WaitMs)) {
        driver.kill();
        finished.wait(5000);
        return false;
    }
    *status = driver.exitStatus();
    *exitCode = driver.exitCode();
    *output = driver.readAllStandardOutput();
    return true;
}

void tst_PurchaseKill::killedAtEachStepBuysEachNumberOnce_data()
{
    QTest::addColumn<QByteArray>("killAt");
    QTest::newRow("before the request") << QByteArray("before-request");
    QTest::newRow("after the server acted") << QByteArray("after-server");
    QTest::newRow("after the answer, before the store write") << QByteArray("after-answer");
}

void tst_PurchaseKill::killedAtEachStepBuysEachNumberOnce()
{
    QFETCH(QByteArray, killAt);
    const int killStep = 2; // the second number: the cart is bought in part when it dies
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    // Three numbers on offer, a cart of them confirmed for the sandbox's Twilio account.
    AccountClient client(m_sandbox.profile(ApiFamily::Twilio));
    NumberSearch s;
    s.areaCode = u"415"_s;
    s.excludeAddressRequired = true;
    QSignalSpy searched(NumbersClient(&client).search(s), &ApiJob::finished);
    QVERIFY(searched.wait(30000));
    QList<AvailableNumber> offered;
    QVERIFY(!NumbersClient::parseAvailable(searched.first().first().value<ApiResult>(), &offered).isError());
    PurchaseDraft cart;
    for (const AvailableNumber &a : std::as_const(offered)) {
        if (cart.items.size() < 3 && owned(a.phoneNumber) == 0) {
            PurchaseItem item;
            item.phoneNumber = a.phoneNumber;
            item.offer = a;
            cart.add(item);
        }
    }
    QCOMPARE(cart.items.size(), 3);
    cart.confirm(QDateTime::currentDateTimeUtc(), PurchaseAccount::of(client.profile()));
    QString id;
    {
        DraftStore store(folder.path());
        QVERIFY(store.open());
        id = store.create(DraftKind::Purchase, client.profile().id, cart.title(), cart.toJson(), true).id;
        QVERIFY(store.enqueue(id));
    }

    FaultOptions faults;
    if (killAt == "after-server") {
        QVERIFY(faults.parse(u"late-commit-rate=1"_s, nullptr));
        QVERIFY(faults.parse(u"late-commit-ms=300"_s, nullptr));
    }
    m_sandbox.server().setFaults(faults);
    QProcess::ExitStatus status = QProcess::NormalExit;
    int code = -1;
    QByteArray output;
    QVERIFY(runDriver(folder.path(), killAt, killStep, &status, &code, &output));
    QCOMPARE(status, QProcess::CrashExit); // it died where it was told
    const QString second = cart.items.at(1).phoneNumber;
    if (killAt == "after-server") {
        // The server acts after the buyer is gone.
        QTRY_COMPARE_WITH_TIMEOUT(owned(second), 1, 10000);
    }
    m_sandbox.server().setFaults({});
    QCOMPARE(owned(cart.items.at(2).phoneNumber), 0); // it never got that far
    QCOMPARE(owned(second), killAt == "before-request" ? 0 : 1);

    // Started again on the same folder, it finishes the cart.
    QVERIFY(runDriver(folder.path(), {}, 0, &status, &code, &output));
    QCOMPARE(status, QProcess::NormalExit);
    QCOMPARE(code, 0);
    QVERIFY2(output.startsWith("sent "), output.constData());

    DraftStore store(folder.path());
    QVERIFY(store.open());
    const Draft d = store.draft(id);
    QCOMPARE(d.state, OutboxState::Sent);
    const PurchaseDraft after = PurchaseDraft::fromJson(d.payload);
    QCOMPARE(after.summary().text(), u"3 bought"_s);
    for (const PurchaseItem &item : after.items) {
        QCOMPARE(item.state, PurchaseItem::State::Bought); // truthfully: bought, by this cart
        QCOMPARE(item.boughtNumber, item.phoneNumber);
        QCOMPARE(owned(item.phoneNumber), 1); // exactly once
        QCOMPARE(m_sandbox.serverCount(u"SELECT COUNT(*) FROM numbers WHERE sid = ? AND phone_number = ?"_s,
                                       {item.sid, item.phoneNumber}),
                 1);
    }
}

QTEST_GUILESS_MAIN(tst_PurchaseKill)
#include "tst_purchasekill.moc"
