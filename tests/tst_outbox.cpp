// The outbox against the real sandbox over loopback HTTP: order, rejections on fields,
// dropped connections, a server that is down then up, a send that timed out after the
// server acted on it, and a crash mid-send. Every draft ends sent exactly once, or back
// in editing with a reason.
#include "api/accountclient.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "properties/propertiesclient.h"
#include "properties/propertydraft.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int LongWaitMs = 90000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ApiResult>();
}

// Every property on the server (faults off), read page by page.
QList<Property> serverProperties(AccountClient *client)
{
    QList<Property> all;
    PropertiesClient properties(client);
    QString token;
    do {
        PropertyPage page;
        const ApiError error = PropertiesClient::parsePage(waitFor(properties.list(token, 1000)), &page);
        if (error.isError()) {
            qWarning() << "listing failed:" << error.displayText();
            return {};
        }
        all += page.properties;
        token = page.nextPageToken;
    } while (!token.isEmpty());
    return all;
}

QList<Property> named(const QList<Property> &all, const QString &name)
{
    QList<Property> found;
    for (const Property &p : all) {
        if (p.name == name)
            found.append(p);
    }
    return found;
}

PropertyDraft propertyNamed(const QString &name)
{
    PropertyDraft d;
    d.name = name;
    d.mainDomain = u"outbox.example.com"_s;
    d.timeZone = u"AUS Eastern Standard Time"_s;
    return d;
}

QString uniqueName(const QString &prefix)
{
    return prefix + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

bool settled(const Draft &d)
{
    return d.state == OutboxState::Sent || d.state == OutboxState::Rejected;
}

// Lets the server's answer through but skips the local checks, to reach the server's own.
class UncheckedPropertySender final : public PropertyDraftSender
{
public:
    using PropertyDraftSender::PropertyDraftSender;
    QList<FieldError> check(const Draft &) const override { return {}; }
};
} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsQueuedDraftsInOrder();
    void localCheckRejectsWithoutSending();
    void serverRejectionLandsOnFields();
    void droppedConnectionsNeverDuplicate();
    void serverDownThenUp();
    void timeoutAfterCreateIsReconciled();
    void crashWhileSendingIsReconciled();
    void preexistingTwinIsNotMistakenForOurs();
    void sendingWithoutNotesIsLeftToTheUser();
    void unreadableServerAnswerRejectsInsteadOfBlocking();
    void lateCommitIsWaitedForBeforeSendingAgain();

private:
    Draft queueProperty(const PropertyDraft &property);
    void makeOutbox(std::unique_ptr<DraftSender> sender = {});
    // Every draft ended sent exactly once, or rejected with a reason and never created.
    void verifyExactlyOnce(const QStringList &ids);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
};

void tst_Outbox::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(10);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Properties));
    m_client->setTransferTimeout(5000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 100;
    m_client->setRetryPolicy(quick);
}

void tst_Outbox::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

Draft tst_Outbox::queueProperty(const PropertyDraft &property)
{
    const Draft d = m_store->create(DraftKind::Property, m_client->profile().id, property.name,
                                    property.toJson(), true);
    if (!m_store->enqueue(d.id))
        qWarning("could not queue a draft");
    return m_store->draft(d.id);
}

void tst_Outbox::makeOutbox(std::unique_ptr<DraftSender> sender)
{
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    m_outbox->setRetryDelays(50, 400);
    m_outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    m_outbox->setSender(DraftKind::Property,
                        sender ? std::move(sender)
                               : std::make_unique<PropertyDraftSender>(m_client.get()));
}

void tst_Outbox::verifyExactlyOnce(const QStringList &ids)
{
    m_sandbox->server().setFaults({});
    const QList<Property> all = serverProperties(m_client.get());
    QVERIFY(!all.isEmpty());
    for (const QString &id : ids) {
        const Draft d = m_store->draft(id);
        const QList<Property> created = named(all, d.title);
        if (d.state == OutboxState::Sent) {
            QCOMPARE(created.size(), 1);
            QCOMPARE(d.remoteId, created.first().propertySid);
        } else {
            QCOMPARE(d.state, OutboxState::Rejected);
            QVERIFY(!d.errorMessage.isEmpty());
            QCOMPARE(created.size(), 0);
        }
    }
}

void tst_Outbox::sendsQueuedDraftsInOrder()
{
    makeOutbox();
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    QSignalSpy rejected(m_outbox.get(), &Outbox::draftRejected);
    QVERIFY(sent.isValid() && rejected.isValid());
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << queueProperty(propertyNamed(uniqueName(u"Ordered"_s))).id;
    QCOMPARE(m_outbox->pendingCount(), 3);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 3, LongWaitMs);
    QStringList order;
    for (const QList<QVariant> &args : std::as_const(sent))
        order << args.at(0).toString();
    QCOMPARE(order, ids);
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QTRY_COMPARE(m_outbox->status(), Outbox::Status::Idle);
    verifyExactlyOnce(ids);

    // A draft queued later is noticed without being told.
    const QString later = queueProperty(propertyNamed(uniqueName(u"Later"_s))).id;
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 4, LongWaitMs);
    verifyExactlyOnce({later});
}

void tst_Outbox::localCheckRejectsWithoutSending()
{
    makeOutbox();
    PropertyDraft bad = propertyNamed(uniqueName(u"Bad zone"_s));
    bad.timeZone = u"Mars Standard Time"_s;
    const QString id = queueProperty(bad).id; // the form claimed valid; the outbox checks again
    QSignalSpy rejected(m_outbox.get(), &Outbox::draftRejected);
    m_outbox->start();
    QVERIFY(rejected.wait(LongWaitMs));
    const Draft d = m_store->draft(id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY(d.isEditable());
    QCOMPARE(d.errors.size(), 1);
    QCOMPARE(d.errors.first().field, u"TimeZone"_s);
    QVERIFY(!d.errors.first().message.isEmpty());
    verifyExactlyOnce({id});
}

void tst_Outbox::serverRejectionLandsOnFields()
{
    makeOutbox(std::make_unique<UncheckedPropertySender>(m_client.get()));
    PropertyDraft bad = propertyNamed(uniqueName(u"Server says no"_s));
    bad.timeZone = u"Mars Standard Time"_s;
    const QString rejectedId = queueProperty(bad).id;
    const QString goodId = queueProperty(propertyNamed(uniqueName(u"After the rejection"_s))).id;
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    QSignalSpy rejected(m_outbox.get(), &Outbox::draftRejected);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, LongWaitMs);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toString(), rejectedId);
    const Draft d = m_store->draft(rejectedId);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY2(!d.errors.isEmpty(), qPrintable(d.errorMessage));
    QCOMPARE(d.errors.first().field, u"TimeZone"_s);
    QCOMPARE(d.errors.first().code, u"UNKNOWN_TIME_ZONE"_s);
    verifyExactlyOnce({rejectedId, goodId});

    // Fixed and sent again, it goes through.
    bad.timeZone = u"W. Europe Standard Time"_s;
    QVERIFY(m_store->updateContent(rejectedId, bad.toJson(), bad.name, true));
    QVERIFY(m_store->enqueue(rejectedId));
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, LongWaitMs);
    verifyExactlyOnce({rejectedId});
}

void tst_Outbox::droppedConnectionsNeverDuplicate()
{
    FaultOptions faults;
    faults.dropRate = 0.5;
    faults.seed = SandboxFixture::FaultSeed; // the same connections dropped on every run
    m_sandbox->server().setFaults(faults);
    makeOutbox();
    QStringList ids;
    for (int i = 0; i < 10; ++i)
        ids << queueProperty(propertyNamed(uniqueName(u"Dropped"_s))).id;
    m_outbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.begin(), ids.end(),
                                         [this](const QString &id) {
                                             return settled(m_store->draft(id));
                                         }),
                             LongWaitMs);
    verifyExactlyOnce(ids);
}

void tst_Outbox::serverDownThenUp()
{
    const QUrl url = m_sandbox->server().baseUrl();
    m_sandbox->server().stop();
    makeOutbox();
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << queueProperty(propertyNamed(uniqueName(u"Offline"_s))).id;
    QSignalSpy status(m_outbox.get(), &Outbox::statusChanged);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->status(), Outbox::Status::WaitingForNetwork, LongWaitMs);
    QVERIFY(!m_outbox->waitReason().isEmpty());
    for (const QString &id : std::as_const(ids)) {
        const Draft d = m_store->draft(id);
        QCOMPARE(d.state, OutboxState::Queued); // never reached the server: still just queued
    }
    QVERIFY(!m_store->draft(ids.first()).errorMessage.isEmpty()); // says why it waits

    SandboxOptions options;
    options.dataDir = m_sandbox->dataDir();
    options.port = quint16(url.port());
    QString error;
    QVERIFY2(m_sandbox->server().start(options, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.begin(), ids.end(),
                                         [this](const QString &id) {
                                             return settled(m_store->draft(id));
                                         }),
                             LongWaitMs);
    verifyExactlyOnce(ids);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_store->draft(id).state, OutboxState::Sent);
}

void tst_Outbox::timeoutAfterCreateIsReconciled()
{
    // The server acts on the POST at once but answers late; the client gives up first.
    makeOutbox();
    m_client->setTransferTimeout(300);
    const QString id = queueProperty(propertyNamed(uniqueName(u"Slow answer"_s))).id;
    bool sawUnknown = false;
    connect(m_store.get(), &DraftStore::draftChanged, this, [&](const QString &changed) {
        const Draft d = m_store->draft(changed);
        FaultOptions faults;
        if (d.state == OutboxState::Sending) {
            faults.latencyMs = 1500;
            m_sandbox->server().setFaults(faults);
        } else if (d.state == OutboxState::Unknown) {
            sawUnknown = true;
            m_sandbox->server().setFaults(faults);
        }
    });
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QVERIFY(sent.wait(LongWaitMs));
    QVERIFY(sawUnknown);
    QCOMPARE(m_store->draft(id).state, OutboxState::Sent);
    verifyExactlyOnce({id});
}

void tst_Outbox::lateCommitIsWaitedForBeforeSendingAgain()
{
    // The server creates the property a second after the connection closed. "Not found" at
    // once means "not yet": the outbox says it is checking, looks again at growing intervals,
    // finds it, and never sends it twice.
    makeOutbox();
    m_outbox->setCheckDelays({400, 800, 1600, 3200});
    const QString id = queueProperty(propertyNamed(uniqueName(u"Late commit"_s))).id;
    FaultOptions late;
    late.lateCommitRate = 1;
    late.lateCommitMs = 1000;
    m_sandbox->server().setFaults(late);
    QSet<int> checks;
    connect(m_store.get(), &DraftStore::draftChanged, this, [&](const QString &changed) {
        const Draft d = m_store->draft(changed);
        if (changed == id && d.state == OutboxState::Unknown && !d.checkingText().isEmpty())
            checks.insert(d.sendContext.value(u"checks"_s).toInt());
        if (changed == id && d.nextCheckAt().isValid())
            m_sandbox->server().setFaults({}); // only the first send commits late
    });
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QVERIFY2(checks.contains(1), "it never waited for a second look");
    verifyExactlyOnce({id});
}

void tst_Outbox::crashWhileSendingIsReconciled()
{
    // Two drafts left "Sending" by a crash: the first did reach the server, the second not.
    PropertyDraft arrived = propertyNamed(uniqueName(u"Arrived before the crash"_s));
    PropertyDraft lost = propertyNamed(uniqueName(u"Lost in the crash"_s));
    PropertiesClient properties(m_client.get());
    Property created;
    QVERIFY(!PropertiesClient::parseProperty(waitFor(properties.create(arrived)), &created).isError());

    QStringList ids;
    for (const PropertyDraft &p : {arrived, lost}) {
        Draft d = queueProperty(p);
        d.state = OutboxState::Sending;
        d.sendContext = QJsonObject{{u"body"_s, p.toRequestBody()}, {u"matchingBefore"_s, QJsonArray()},
                                    {u"preparedAt"_s, u"2026-01-01T00:00:00Z"_s}};
        QVERIFY(m_store->save(d));
        ids << d.id;
    }
    makeOutbox();
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, LongWaitMs);
    QCOMPARE(m_store->draft(ids.at(0)).remoteId, created.propertySid);
    verifyExactlyOnce(ids);
}

void tst_Outbox::preexistingTwinIsNotMistakenForOurs()
{
    // An identical property existed before our send; the send itself was lost.
    const PropertyDraft twin = propertyNamed(uniqueName(u"Twin"_s));
    PropertiesClient properties(m_client.get());
    Property existing;
    QVERIFY(!PropertiesClient::parseProperty(waitFor(properties.create(twin)), &existing).isError());
    Draft d = queueProperty(twin);
    d.state = OutboxState::Sending;
    QVERIFY(m_store->save(d));
    d.state = OutboxState::Unknown;
    d.sendContext = QJsonObject{{u"body"_s, twin.toRequestBody()},
                                {u"matchingBefore"_s, QJsonArray{existing.propertySid}},
                                {u"preparedAt"_s, u"2026-01-01T00:00:00Z"_s}};
    QVERIFY(m_store->save(d));
    makeOutbox();
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QVERIFY(sent.wait(LongWaitMs));
    const Draft after = m_store->draft(d.id);
    QCOMPARE(after.state, OutboxState::Sent);
    QVERIFY(after.remoteId != existing.propertySid);
    QCOMPARE(named(serverProperties(m_client.get()), twin.name).size(), 2);
}

void tst_Outbox::sendingWithoutNotesIsLeftToTheUser()
{
    // Left Sending by the old form path, which kept no notes: one did reach the server (so
    // an identical property exists, but it may have been there before), one never did.
    PropertyDraft arrived = propertyNamed(uniqueName(u"Old path, arrived"_s));
    PropertyDraft lost = propertyNamed(uniqueName(u"Old path, lost"_s));
    PropertiesClient properties(m_client.get());
    Property created;
    QVERIFY(!PropertiesClient::parseProperty(waitFor(properties.create(arrived)), &created).isError());
    QStringList ids;
    for (const PropertyDraft &p : {arrived, lost}) {
        Draft d = queueProperty(p);
        d.state = OutboxState::Sending;
        QVERIFY(m_store->save(d));
        ids << d.id;
    }
    makeOutbox();
    QSignalSpy undecided(m_outbox.get(), &Outbox::draftUndecided);
    m_outbox->start();
    QVERIFY(undecided.wait(LongWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(ids.at(1)).state, OutboxState::Editing, LongWaitMs);

    // Nothing was sent by itself: the server has exactly the one made before.
    QCOMPARE(named(serverProperties(m_client.get()), arrived.name).size(), 1);
    QCOMPARE(named(serverProperties(m_client.get()), lost.name).size(), 0);
    const Draft first = m_store->draft(ids.at(0));
    QCOMPARE(first.state, OutboxState::Undecided);
    QCOMPARE(first.candidates().size(), 1);
    QCOMPARE(first.candidates().first().remoteId, created.propertySid);
    QVERIFY(!first.errorMessage.isEmpty());
    QVERIFY(!m_store->draft(ids.at(1)).errorMessage.isEmpty());

    // The user says it is that one.
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    QVERIFY(m_outbox->resolve(first.id, created.propertySid));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(m_store->draft(first.id).state, OutboxState::Sent);
    QCOMPARE(m_store->draft(first.id).remoteId, created.propertySid);
    QCOMPARE(named(serverProperties(m_client.get()), arrived.name).size(), 1);
}

void tst_Outbox::unreadableServerAnswerRejectsInsteadOfBlocking()
{
    makeOutbox();
    const QString first = queueProperty(propertyNamed(uniqueName(u"Unreadable"_s))).id;
    FaultOptions garbled;
    garbled.garbleRate = 1.0; // every answer's JSON is cut short: nothing to wait for
    m_sandbox->server().setFaults(garbled);
    QSignalSpy rejected(m_outbox.get(), &Outbox::draftRejected);
    m_outbox->start();
    QVERIFY(rejected.wait(LongWaitMs));
    const Draft d = m_store->draft(first);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY2(d.errorMessage.contains(u"JSON"_s), qPrintable(d.errorMessage));
    QVERIFY(d.isEditable());

    // The queue goes on: the next draft is sent once the server answers properly.
    m_sandbox->server().setFaults({});
    const QString second = queueProperty(propertyNamed(uniqueName(u"After"_s))).id;
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(second).state, OutboxState::Sent, LongWaitMs);
    verifyExactlyOnce({first, second});
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
