// A small Switchboard for tst_purchasekill: the real DraftStore, Outbox and PurchaseSender on a
// data folder, against a sandbox, with nothing else. It sends what the folder's outbox holds
// for one Twilio account and exits 0 once nothing is left, printing each draft's state.
//
//     purchasedriver --data DIR --base-url URL --user AC… [--profile-id ID] [--check-delays 50,100]
//     (the auth token in SWITCHBOARD_DRIVER_SECRET)
//
// To be killed at a chosen point, SWITCHBOARD_KILL_AT names it and SWITCHBOARD_KILL_STEP
// (default 1) which purchase it is; the driver raises SIGKILL on itself there:
//   before-request  the draft is written Sending with its notes; the purchase has not left
//   after-server    the purchase's connection closed without an answer (the test makes the
//                   sandbox carry it out a moment later: a late commit)
//   after-answer    the purchase's answer arrived; nothing is written about it yet
#include "api/accountclient.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "numbers/purchasedraft.h"
#include "numbers/purchasesender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataOption(u"data"_s, u"Drafts folder"_s, u"dir"_s);
    const QCommandLineOption urlOption(u"base-url"_s, u"Sandbox"_s, u"url"_s);
    const QCommandLineOption userOption(u"user"_s, u"Account SID"_s, u"sid"_s);
    const QCommandLineOption profileOption(u"profile-id"_s, u"Profile id"_s, u"id"_s,
                                           u"sandbox-twilio"_s);
    const QCommandLineOption delaysOption(u"check-delays"_s, u"Look-up delays"_s, u"ms,ms"_s,
                                          u"50,100"_s);
    parser.addOptions({dataOption, urlOption, userOption, profileOption, delaysOption});
    parser.process(app);

    const QByteArray killAt = qgetenv("SWITCHBOARD_KILL_AT");
    const int killStep = qEnvironmentVariableIsSet("SWITCHBOARD_KILL_STEP")
                             ? qEnvironmentVariableIntValue("SWITCHBOARD_KILL_STEP")
                             : 1;

    DraftStore store(parser.value(dataOption));
    if (!store.open()) {
        std::fprintf(stderr, "cannot open the drafts: %s\n", qPrintable(store.errorString()));
        return 2;
    }
    store.setKindRules(DraftKind::Purchase, purchaseKindRules());

    AccountProfile profile;
    profile.id = parser.value(profileOption);
    profile.displayName = u"Sandbox · Twilio"_s;
    profile.family = ApiFamily::Twilio;
    profile.baseUrl = QUrl(parser.value(urlOption));
    profile.user = parser.value(userOption);
    profile.secret = qEnvironmentVariable("SWITCHBOARD_DRIVER_SECRET");
    profile.sandbox = true;
    AccountClient client(profile);
    client.setTransferTimeout(5000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 200;
    client.setRetryPolicy(quick);

    // The kill points. Sending is written before the request leaves; the manager's
    // finished() comes before the job's, so before anything is written about the answer.
    int sendings = 0;
    QObject::connect(&store, &DraftStore::draftChanged, &app, [&](const QString &id) {
        if (store.draft(id).state == OutboxState::Sending && ++sendings == killStep
            && killAt == "before-request")
            std::raise(SIGKILL);
    });
    int purchases = 0;
    if (auto *nam = client.findChild<QNetworkAccessManager *>()) {
        QObject::connect(nam, &QNetworkAccessManager::finished, &app, [&](QNetworkReply *reply) {
            const bool post = reply->operation() == QNetworkAccessManager::PostOperation
                              || reply->request().attribute(QNetworkRequest::CustomVerbAttribute)
                                         .toByteArray() == "POST";
            if (!post || !reply->url().path().endsWith(u"/IncomingPhoneNumbers.json"))
                return;
            if (++purchases != killStep)
                return;
            const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            if ((killAt == "after-answer" && answered) || (killAt == "after-server" && !answered))
                std::raise(SIGKILL);
        });
    } else if (!killAt.isEmpty()) {
        std::fprintf(stderr, "no network manager to watch\n");
        return 2;
    }

    Outbox outbox(&store, &client);
    outbox.setRetryDelays(50, 400);
    QList<int> delays;
    for (const QString &ms : parser.value(delaysOption).split(u',', Qt::SkipEmptyParts))
        delays << ms.toInt();
    outbox.setCheckDelays(delays);
    outbox.setSender(DraftKind::Purchase, std::make_unique<PurchaseSender>(&client));

    const auto finishIfDone = [&] {
        if (outbox.status() != Outbox::Status::Idle || outbox.pendingCount() > 0)
            return;
        for (const Draft &d : store.drafts()) {
            std::printf("%s %s\n", qPrintable(outboxStateKey(d.state)),
                        QJsonDocument(d.payload).toJson(QJsonDocument::Compact).constData());
        }
        std::fflush(stdout);
        app.quit();
    };
    QObject::connect(&outbox, &Outbox::statusChanged, &app, finishIfDone);
    QTimer::singleShot(120000, &app, [] { std::_Exit(3); }); // never hang a test run
    outbox.start();
    QTimer::singleShot(0, &app, finishIfDone); // nothing to send at all
    return app.exec();
}
