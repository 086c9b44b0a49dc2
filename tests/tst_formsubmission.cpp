// The one submission path, end to end:
//  - a New property form against a sandbox that loses answers after acting, Create pressed
//    again whenever the form allows it: each property exists exactly once on the server and
//    its draft ends Sent with that SID;
//  - a throw-away kind of draft ("note") registered through the KindRegistry alone is opened,
//    autosaved, submitted and reconciled by the real AppController and MainWindow, which
//    name no kind.
#include "api/account.h"
#include "api/accountclient.h"
#include "appcontroller.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "drafts/draftsender.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "drafts/senderregistry.h"
#include "kindregistry.h"
#include "mainwindow.h"
#include "properties/propertiesclient.h"
#include "properties/propertyform.h"
#include "sandboxfixture.h"
#include "sandboxhost.h"
#include "widgets/messagebanner.h"
#include "widgets/timezonepicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString NoteKind = u"test-note"_s;

// Every property of the account, read page by page.
QList<Property> serverProperties(AccountClient *client)
{
    QList<Property> all;
    QString token;
    do {
        ApiJob *job = PropertiesClient(client).list(token, PropertiesClient::MaxPageSize);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(15000))
            return {};
        PropertyPage page;
        if (PropertiesClient::parsePage(done.first().first().value<ApiResult>(), &page).isError())
            return {};
        all += page.properties;
        token = page.nextPageToken;
    } while (!token.isEmpty());
    return all;
}

int countNamed(const QList<Property> &properties, const QString &name)
{
    return int(std::count_if(properties.cbegin(), properties.cend(),
                             [&](const Property &p) { return p.name == name; }));
}

QString noteName(const QString &text)
{
    return u"Note: "_s + text;
}

// The test kind's form: one line of text.
class NoteForm final : public DraftForm
{
public:
    explicit NoteForm(QWidget *parent = nullptr)
        : DraftForm(parent)
        , m_edit(new QLineEdit(this))
        , m_create(new QPushButton(u"Create"_s, this))
    {
        m_edit->setObjectName(u"noteEdit"_s);
        m_create->setObjectName(u"createButton"_s);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(submissionBanner());
        layout->addWidget(m_edit);
        layout->addWidget(m_create);
        setWindowTitle(u"New note"_s);
        connect(m_edit, &QLineEdit::textEdited, this, &DraftForm::payloadChanged);
        connect(m_create, &QPushButton::clicked, this, &DraftForm::requestSubmit);
    }
    QJsonObject payload() const override { return {{u"text"_s, m_edit->text()}}; }
    void setPayload(const QJsonObject &payload) override
    {
        const QString text = payload.value(u"text"_s).toString();
        if (text == m_edit->text())
            return;
        m_edit->setText(text);
        emit payloadChanged();
    }
    QString draftTitle() const override { return m_edit->text(); }
    bool isComplete() const override { return !m_edit->text().trimmed().isEmpty(); }
    void applyFieldErrors(const QList<FieldError> &, const QString &message) override
    {
        submissionBanner()->showMessage(message, MessageBanner::Type::Error);
    }

protected:
    void submissionChanged() override
    {
        m_edit->setEnabled(isEditable());
        m_create->setEnabled(isEditable());
    }
    bool checkBeforeSubmit() override { return isComplete(); }

private:
    QLineEdit *m_edit;
    QPushButton *m_create;
};

// The test kind's sender: a note becomes a property named "Note: <text>"; an unknown
// outcome is reconciled by looking for that name.
class NoteSender final : public DraftSender
{
public:
    explicit NoteSender(AccountClient *client) : m_client(client) {}

    ApiJob *send(const Draft &draft) override
    {
        PropertyDraft property;
        property.name = noteName(draft.payload.value(u"text"_s).toString());
        property.mainDomain = u"notes.example.com"_s;
        property.timeZone = u"UTC"_s;
        return PropertiesClient(m_client).create(property);
    }
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override
    {
        Property created;
        const ApiError error = PropertiesClient::parseProperty(result, &created);
        *remoteId = created.propertySid;
        return error;
    }
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override
    {
        const QString name = noteName(draft.payload.value(u"text"_s).toString());
        ++reconciled;
        ApiJob *job = PropertiesClient(m_client).list({}, PropertiesClient::MaxPageSize);
        QObject::connect(job, &ApiJob::finished, context, [name, done](const ApiResult &r) {
            ReconcileResult result;
            PropertyPage page;
            result.error = PropertiesClient::parsePage(r, &page);
            result.checked = !result.error.isError();
            for (const Property &p : std::as_const(page.properties)) {
                if (p.name == name) {
                    result.found = true;
                    result.remoteId = p.propertySid;
                }
            }
            done(result);
        });
    }
    static inline int reconciled = 0;

private:
    AccountClient *m_client;
};

KindRegistry registryWithNotes()
{
    KindRegistry kinds = KindRegistry::builtIn();
    kinds.addKind(DraftKindType(NoteKind, "Note")
                      .shownIn(ApiFamily::Properties, Section::Properties)
                      .withForm([](const FormContext &, QWidget *parent) -> DraftForm * {
                          return new NoteForm(parent);
                      }));
    return kinds;
}

SenderRegistry sendersWithNotes()
{
    SenderRegistry senders = SenderRegistry::builtIn();
    senders.add(NoteKind, [](AccountClient *c) { return std::make_unique<NoteSender>(c); });
    return senders;
}
} // namespace

class tst_FormSubmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lostAnswersNeverCreateTwice();
    void aKindRegisteredOnceGoesThroughTheWholeShell();
};

void tst_FormSubmission::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FormSubmission::lostAnswersNeverCreateTwice()
{
    SandboxFixture sandbox(20);
    FaultOptions lossy;
    lossy.lostAnswerRate = 0.4; // the server acts, then hangs up without answering
    lossy.seed = SandboxFixture::FaultSeed; // the same answers lost on every run
    QVERIFY2(sandbox.start(lossy), qPrintable(sandbox.errorString()));
    AccountClient client(sandbox.profile(ApiFamily::Properties));
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    Outbox outbox(&store, &client);
    outbox.setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(&client));
    outbox.setRetryDelays(100, 800);
    outbox.setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    outbox.start();
    DocumentDrafts documents(&store, &KindRegistry::builtIn(),
                             [&client](const QString &) { return &client; });
    documents.addOutbox(&outbox);

    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    int pressedAgain = 0;
    // Drafts whose answer was lost (they passed through Unknown): keep going until a few
    // were, so the dangerous case is exercised for sure.
    QSet<QString> unknown;
    connect(&store, &DraftStore::draftChanged, this, [&](const QString &id) {
        if (store.draft(id).state == OutboxState::Unknown)
            unknown.insert(id);
    });
    QStringList names;
    for (int i = 0; i < 30 && unknown.size() < 3; ++i) {
        const QString name = u"Lossy %1 %2"_s.arg(stamp).arg(i);
        names << name;
        std::unique_ptr<PropertyForm> form(
            qobject_cast<PropertyForm *>(documents.openNew(DraftKind::Property, &client)));
        QVERIFY(form);
        form->show();
        QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), name);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"domainEdit"_s), u"lossy.example.com"_s);
        auto *picker = form->findChild<TimeZonePicker *>();
        QTest::keyClicks(picker->lineEdit(), u"UTC"_s);
        picker->completer()->popup()->hide();
        auto *create = form->findChild<QPushButton *>(u"createButton"_s);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        // As an impatient user would: press Create whenever the form allows it.
        const auto pressIfAllowed = [&] {
            if (create->isEnabled() && create->isVisible()) {
                ++pressedAgain;
                QTest::mouseClick(create, Qt::LeftButton);
            }
            return form->isSent();
        };
        QTRY_VERIFY_WITH_TIMEOUT(pressIfAllowed(), 60000);
        const Draft draft = store.draft(documents.draftId(form.get()));
        QCOMPARE(draft.state, OutboxState::Sent);
        QVERIFY(draft.remoteId.startsWith(u'S'));
        QVERIFY2(form->submissionBanner()->text().contains(draft.remoteId),
                 qPrintable(form->submissionBanner()->text()));
    }
    qInfo("%d properties, %d with a lost answer; Create was offered again %d times",
          int(names.size()), int(unknown.size()), pressedAgain);
    QVERIFY(unknown.size() >= 3);

    sandbox.server().setFaults({});
    const QList<Property> onServer = serverProperties(&client);
    QVERIFY(!onServer.isEmpty());
    for (const QString &name : std::as_const(names))
        QCOMPARE(countNamed(onServer, name), 1);
    for (const Draft &d : store.drafts()) {
        const auto it = std::find_if(onServer.cbegin(), onServer.cend(),
                                     [&](const Property &p) { return p.propertySid == d.remoteId; });
        QVERIFY(it != onServer.cend());
        QCOMPARE(it->name, d.title);
    }
}

void tst_FormSubmission::aKindRegisteredOnceGoesThroughTheWholeShell()
{
    const KindRegistry kinds = registryWithNotes();
    const SenderRegistry senders = sendersWithNotes();
    QTemporaryDir dir;
    CommandLineOptions options;
    options.dataDir = dir.path();
    options.sandboxNumbers = 10;
    const QString text = u"Call the florist %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString crashed = text + u" (crashed)"_s;
    QString accountId;
    {
        AppController controller(options, &kinds, &senders);
        controller.start();
        MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(!window->accounts().isEmpty(), 60000);
        Account *account = window->accounts().constFirst();
        accountId = account->client(ApiFamily::Properties)->profile().id;

        // Opened through the registry, in a tab of its own.
        auto *form = qobject_cast<DraftForm *>(window->newDocument(account, NoteKind));
        QVERIFY(form);
        QCOMPARE(window->tabWidget()->currentWidget(), form);
        auto *edit = form->findChild<QLineEdit *>(u"noteEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, text);
        // Autosaved as a draft of its kind.
        DraftStore *store = controller.draftStore();
        QTRY_COMPARE(store->count(), 1);
        const QString id = window->documentDrafts()->draftId(form);
        QCOMPARE(store->draft(id).kind, NoteKind);
        QTRY_COMPARE(store->draft(id).payload.value(u"text"_s).toString(), text);

        // Submitted through the account's outbox, which the controller gave its sender.
        QTest::mouseClick(form->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 20000);
        QVERIFY(store->draft(id).remoteId.startsWith(u'S'));

        // The server has it once; then a second note "arrives" but its answer never does.
        AccountClient client(account->client(ApiFamily::Properties)->profile());
        QCOMPARE(countNamed(serverProperties(&client), noteName(text)), 1);
        PropertyDraft property;
        property.name = noteName(crashed);
        property.mainDomain = u"notes.example.com"_s;
        property.timeZone = u"UTC"_s;
        ApiJob *job = PropertiesClient(&client).create(property);
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().value<ApiResult>().ok());
    }
    // What a kill mid-send leaves: the draft Sending, its notes written.
    QString crashedId;
    {
        DraftStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        Draft d = store.create(NoteKind, accountId, crashed, {{u"text"_s, crashed}}, true);
        QVERIFY(store.enqueue(d.id));
        d = store.draft(d.id);
        d.state = OutboxState::Sending;
        d.sendContext = {{u"preparedAt"_s, u"2026-12-01T10:00:00Z"_s}};
        QVERIFY(store.save(d));
        crashedId = d.id;
    }
    // The next start reconciles it with the kind's own sender: found, never sent again.
    NoteSender::reconciled = 0;
    AppController controller(options, &kinds, &senders);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->accounts().isEmpty(), 60000);
    DraftStore *store = controller.draftStore();
    QTRY_COMPARE_WITH_TIMEOUT(store->draft(crashedId).state, OutboxState::Sent, 20000);
    QCOMPARE(NoteSender::reconciled, 1);
    AccountClient client(controller.window()->accounts().constFirst()
                             ->client(ApiFamily::Properties)->profile());
    const QList<Property> onServer = serverProperties(&client);
    QCOMPARE(countNamed(onServer, noteName(crashed)), 1);
    QCOMPARE(countNamed(onServer, noteName(text)), 1);
    // And the Drafts section lists both under the kind's registered title.
    const std::unique_ptr<DraftForm> reopened(
        controller.window()->documentDrafts()->open(store->draft(crashedId)));
    QVERIFY(reopened);
    QVERIFY(reopened->isSent());
    QCOMPARE(kinds.kindTitle(NoteKind), u"Note"_s);
}

QTEST_MAIN(tst_FormSubmission)
#include "tst_formsubmission.moc"
