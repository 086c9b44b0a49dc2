// The New property form, driven through its real widgets with QTest key clicks under the
// offscreen platform, bound as the app binds it (a real draft store, the account's outbox)
// and submitting to the real sandbox.
#include "api/accountclient.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "kindregistry.h"
#include "properties/propertiesclient.h"
#include "properties/propertyform.h"
#include "sandboxfixture.h"
#include "widgets/messagebanner.h"
#include "widgets/timezonepicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PropertyForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTheContractsDefaults();
    void typingFillsTheDraftAndTitle();
    void inlineErrors_data();
    void inlineErrors();
    void incompleteDomainWaitsUntilLeft();
    void createDisabledSaysWhy();
    void timeZonePickerSearches();
    void timeZonePickerRejectsUnknownIds_data();
    void timeZonePickerRejectsUnknownIds();
    void submitWhileInvalidChangesNothing();
    void createSendsThroughTheOutbox();
    void serverFieldErrorLandsOnItsField_data();
    void serverFieldErrorLandsOnItsField();
    void serverErrorWithoutFormFieldGoesToBanner();
    void serverDownKeepsEverythingTyped();
    void serverFailureKeepsEverythingTyped();
    void wrongCredentialsGoToBanner();
    void setDraftRestoresTheForm();
    void tabOrderFollowsTheForm();

private:
    // A shown form whose widgets are looked up by object name.
    struct Ui
    {
        QLineEdit *name;
        QLineEdit *domain;
        TimeZonePicker *timeZone;
        QCheckBox *sms, *recording, *integrations, *active;
        QPushButton *create;
        MessageBanner *banner;
        QProgressBar *progress;
        QLabel *feedback(const QString &edit) const
        {
            return form->findChild<QLabel *>(edit + u"Feedback"_s);
        }
        PropertyForm *form;
    };
    // A form as the app opens it: bound to a draft store, submitting through the client's
    // outbox. One binding per test (the last client given).
    std::unique_ptr<PropertyForm> makeForm(AccountClient *client, Ui *ui);
    static void fillValid(const Ui &ui, const QString &name = u"Harbour Dental"_s);
    static ApiError serverErrorFor(AccountClient *client, const PropertyDraft &draft);
    Draft draftOf(const PropertyForm *form) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DocumentDrafts> m_documents;
};

void tst_PropertyForm::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_PropertyForm::init()
{
    m_client = std::make_unique<AccountClient>(m_sandbox.profile(ApiFamily::Properties));
}

void tst_PropertyForm::cleanup()
{
    m_documents.reset();
    m_outbox.reset();
    m_store.reset();
    m_dir.reset();
    m_client.reset();
}

Draft tst_PropertyForm::draftOf(const PropertyForm *form) const
{
    return m_store->draft(m_documents->draftId(form));
}

std::unique_ptr<PropertyForm> tst_PropertyForm::makeForm(AccountClient *client, Ui *ui)
{
    m_documents.reset();
    m_outbox.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    if (!m_store->open())
        qWarning("drafts: %s", qPrintable(m_store->errorString()));
    m_outbox = std::make_unique<Outbox>(m_store.get(), client);
    m_outbox->setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(client));
    m_outbox->setRetryDelays(200, 1000);
    m_outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    m_outbox->start();
    m_documents = std::make_unique<DocumentDrafts>(
        m_store.get(), &KindRegistry::builtIn(),
        [client](const QString &) { return client; });
    m_documents->addOutbox(m_outbox.get());
    std::unique_ptr<PropertyForm> form(
        qobject_cast<PropertyForm *>(m_documents->openNew(DraftKind::Property, client)));
    if (!form)
        qWarning("no property form");
    form->resize(800, 600);
    form->show();
    form->activateWindow();
    if (!QTest::qWaitForWindowActive(form.get()))
        qWarning("the form did not become active");
    ui->form = form.get();
    ui->name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    ui->domain = form->findChild<QLineEdit *>(u"domainEdit"_s);
    ui->timeZone = form->findChild<TimeZonePicker *>(u"timeZonePicker"_s);
    ui->sms = form->findChild<QCheckBox *>(u"smsCheck"_s);
    ui->recording = form->findChild<QCheckBox *>(u"recordingCheck"_s);
    ui->integrations = form->findChild<QCheckBox *>(u"integrationsCheck"_s);
    ui->active = form->findChild<QCheckBox *>(u"activeCheck"_s);
    ui->create = form->findChild<QPushButton *>(u"createButton"_s);
    ui->banner = form->findChild<MessageBanner *>();
    ui->progress = form->findChild<QProgressBar *>(u"progress"_s);
    return form;
}

void tst_PropertyForm::fillValid(const Ui &ui, const QString &name)
{
    QTest::keyClicks(ui.name, name);
    QTest::keyClicks(ui.domain, u"harbour-dental.example.com"_s);
    QTest::keyClicks(ui.timeZone->lineEdit(), u"AUS Eastern Standard Time"_s);
    if (QCompleter *completer = ui.timeZone->completer())
        completer->popup()->hide();
}

ApiError tst_PropertyForm::serverErrorFor(AccountClient *client, const PropertyDraft &draft)
{
    ApiJob *job = PropertiesClient(client).create(draft);
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ApiResult>().error;
}

void tst_PropertyForm::startsWithTheContractsDefaults()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QVERIFY(ui.name && ui.domain && ui.timeZone && ui.sms && ui.recording && ui.integrations
            && ui.active && ui.create && ui.banner && ui.progress);

    QVERIFY(!ui.sms->isChecked());
    QVERIFY(!ui.recording->isChecked());
    QVERIFY(!ui.integrations->isChecked());
    QVERIFY(ui.active->isChecked());
    QCOMPARE(form->draft(), PropertyDraft());
    QCOMPARE(form->windowTitle(), u"New property"_s);
    QVERIFY(ui.name->hasFocus());

    // Nothing shouts at a pristine form, but Create is off and says why.
    for (const QString &edit : {u"nameEdit"_s, u"domainEdit"_s, u"timeZoneEdit"_s})
        QVERIFY2(ui.feedback(edit) && ui.feedback(edit)->isHidden(), qPrintable(edit));
    QVERIFY(!ui.create->isEnabled());
    QVERIFY2(ui.create->toolTip().contains(u"Name is required"_s), qPrintable(ui.create->toolTip()));
    QVERIFY(ui.banner->isHidden());
    QVERIFY(ui.progress->isHidden());
    QVERIFY(!form->isBusy());
}

void tst_PropertyForm::typingFillsTheDraftAndTitle()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QSignalSpy changed(form.get(), &PropertyForm::payloadChanged);
    QSignalSpy title(form.get(), &QWidget::windowTitleChanged);
    QVERIFY(changed.isValid());

    QTest::keyClicks(ui.name, u"Spring campaign"_s);
    QCOMPARE(form->draft().name, u"Spring campaign"_s);
    QCOMPARE(changed.size(), 15); // every keystroke is a draft change, for the drafts store
    QCOMPARE(form->windowTitle(), u"New property — Spring campaign"_s);
    QVERIFY(!title.isEmpty());

    QTest::keyClicks(ui.domain, u"spring.example.com"_s);
    QCOMPARE(form->draft().mainDomain, u"spring.example.com"_s);
    ui.sms->setFocus();
    QTest::keyClick(ui.sms, Qt::Key_Space);
    QVERIFY(form->draft().smsEnabled);
    QTest::keyClick(ui.active, Qt::Key_Space);
    QVERIFY(!form->draft().active);
    QCOMPARE(changed.size(), 15 + 18 + 2);
}

void tst_PropertyForm::inlineErrors_data()
{
    QTest::addColumn<QString>("edit");     // object name of the line edit typed into
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("backspaces");
    QTest::addColumn<bool>("leave");       // press Tab afterwards
    QTest::addColumn<QString>("reason");   // what the label under the field says

    QTest::newRow("name emptied again") << u"nameEdit"_s << u"Ab"_s << 2 << false
                                        << u"Name is required."_s;
    QTest::newRow("name too long") << u"nameEdit"_s << QString(101, u'n') << 0 << false
                                   << u"longer than 100"_s;
    QTest::newRow("domain emptied again") << u"domainEdit"_s << u"x"_s << 1 << false
                                          << u"Main domain is required."_s;
    QTest::newRow("domain with a scheme") << u"domainEdit"_s << u"https://example.com"_s << 0
                                          << false << u"without a scheme"_s;
    QTest::newRow("domain with a path") << u"domainEdit"_s << u"example.com/shop"_s << 0 << false
                                        << u"without a path"_s;
    QTest::newRow("domain with a port") << u"domainEdit"_s << u"example.com:8443"_s << 0 << false
                                        << u"without a port"_s;
    QTest::newRow("domain with a space") << u"domainEdit"_s << u"my shop.com"_s << 0 << false
                                         << u"cannot contain spaces"_s;
    QTest::newRow("domain with an underscore") << u"domainEdit"_s << u"my_shop.com"_s << 0 << false
                                               << u"“_” is not allowed"_s;
    QTest::newRow("domain with two dots") << u"domainEdit"_s << u"shop..com"_s << 0 << false
                                          << u"empty label"_s;
    QTest::newRow("domain without a dot, left") << u"domainEdit"_s << u"localhost"_s << 0 << true
                                                << u"full domain"_s;
    QTest::newRow("time zone emptied again") << u"timeZoneEdit"_s << u"U"_s << 1 << false
                                             << u"Time zone is required."_s;
    QTest::newRow("time zone matching nothing") << u"timeZoneEdit"_s << u"Mars Standard Time"_s
                                                << 0 << false << u"No Windows time zone matches"_s;
    QTest::newRow("time zone search text, left") << u"timeZoneEdit"_s << u"Sydney"_s << 0 << true
                                                 << u"choose one of the 1 matching"_s;
}

void tst_PropertyForm::inlineErrors()
{
    QFETCH(QString, edit);
    QFETCH(QString, typed);
    QFETCH(int, backspaces);
    QFETCH(bool, leave);
    QFETCH(QString, reason);

    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    auto *lineEdit = form->findChild<QLineEdit *>(edit);
    QVERIFY(lineEdit);
    lineEdit->setFocus();
    QTest::keyClicks(lineEdit, typed);
    for (int i = 0; i < backspaces; ++i)
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    if (QCompleter *completer = ui.timeZone->completer())
        completer->popup()->hide();
    if (leave)
        QTest::keyClick(lineEdit, Qt::Key_Tab);

    QLabel *label = ui.feedback(edit);
    QVERIFY(label);
    QVERIFY2(!label->isHidden(), qPrintable(label->text()));
    QVERIFY2(label->text().contains(reason), qPrintable(label->text()));
    // The same reason as a trailing icon's tooltip on the field itself.
    auto *icon = form->findChild<QAction *>(edit + u"FeedbackAction"_s);
    QVERIFY(icon);
    QVERIFY(icon->isVisible());
    QCOMPARE(icon->toolTip(), label->text());
    QCOMPARE(lineEdit->accessibleDescription(), label->text());
    // Nothing typed is thrown away, and Create stays off.
    QCOMPARE(lineEdit->text(), typed.left(typed.size() - backspaces));
    QVERIFY(!ui.create->isEnabled());
    QVERIFY(!form->canSubmit());
}

void tst_PropertyForm::incompleteDomainWaitsUntilLeft()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    ui.domain->setFocus();
    QTest::keyClicks(ui.domain, u"example"_s); // on the way to "example.com"
    QLabel *label = ui.feedback(u"domainEdit"_s);
    QVERIFY2(label->isHidden(), qPrintable(label->text())); // not while still typing
    QTest::keyClicks(ui.domain, u".com"_s);
    QTest::keyClick(ui.domain, Qt::Key_Tab);
    QVERIFY(label->isHidden()); // and not once it is right

    // A reason disappears as soon as the input is fixed.
    QTest::keyClicks(ui.domain, u"/x"_s);
    QVERIFY(!label->isHidden());
    QTest::keyClick(ui.domain, Qt::Key_Backspace);
    QTest::keyClick(ui.domain, Qt::Key_Backspace);
    QVERIFY(label->isHidden());
}

void tst_PropertyForm::createDisabledSaysWhy()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QVERIFY(ui.create->toolTip().contains(u"Name"_s));

    QTest::keyClicks(ui.name, u"Harbour Dental"_s);
    QVERIFY(!ui.create->isEnabled());
    QVERIFY2(ui.create->toolTip().contains(u"Main domain"_s), qPrintable(ui.create->toolTip()));

    QTest::keyClicks(ui.domain, u"harbour.example.com"_s);
    QVERIFY(!ui.create->isEnabled());
    QVERIFY2(ui.create->toolTip().contains(u"Time zone"_s), qPrintable(ui.create->toolTip()));

    QTest::keyClicks(ui.timeZone->lineEdit(), u"AUS Eastern Standard Time"_s);
    ui.timeZone->completer()->popup()->hide();
    QVERIFY2(ui.create->isEnabled(), qPrintable(ui.create->toolTip()));
    QVERIFY(form->blockingReason().isEmpty());
    QVERIFY(!ui.create->toolTip().contains(u"Cannot"_s));

    // Breaking a field turns it off again, naming that field.
    QTest::keyClicks(ui.domain, u"/path"_s);
    QVERIFY(!ui.create->isEnabled());
    QVERIFY2(ui.create->toolTip().contains(u"without a path"_s), qPrintable(ui.create->toolTip()));
}

void tst_PropertyForm::timeZonePickerSearches()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QLineEdit *edit = ui.timeZone->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, u"sydney"_s); // a city, in any case

    QCompleter *completer = ui.timeZone->completer();
    QVERIFY(completer);
    QCOMPARE(completer->filterMode(), Qt::MatchContains);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(),
             u"(UTC+10:00) AUS Eastern Standard Time — Australia/Sydney"_s);
    QVERIFY(ui.timeZone->timeZoneId().isEmpty()); // a search text is not a value yet
    QTRY_VERIFY(completer->popup()->isVisible());

    // Choose it from the list with the keyboard.
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(ui.timeZone->timeZoneId(), u"AUS Eastern Standard Time"_s);
    QCOMPARE(form->draft().timeZone, u"AUS Eastern Standard Time"_s);
    QVERIFY(ui.feedback(u"timeZoneEdit"_s)->isHidden());

    // An offset finds every zone at that offset.
    edit->clear();
    QTest::keyClicks(edit, u"+05:45"_s);
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY(completer->currentCompletion().contains(u"Nepal"_s));
    completer->popup()->hide();

    // The ID itself, typed in lower case, is accepted as that ID.
    edit->clear();
    QTest::keyClicks(edit, u"aus eastern standard time"_s);
    completer->popup()->hide();
    QCOMPARE(ui.timeZone->timeZoneId(), u"AUS Eastern Standard Time"_s);
    QCOMPARE(form->draft().timeZone, u"AUS Eastern Standard Time"_s);

    // Every entry names an offset and its zone.
    QVERIFY(ui.timeZone->count() > 100);
    for (int i = 0; i < ui.timeZone->count(); ++i)
        QVERIFY2(ui.timeZone->itemText(i).startsWith(u"(UTC"_s), qPrintable(ui.timeZone->itemText(i)));
}

void tst_PropertyForm::timeZonePickerRejectsUnknownIds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("IANA zone") << u"Australia/Sydney"_s;
    QTest::newRow("abbreviation") << u"AEST"_s;
    QTest::newRow("part of an ID") << u"AUS Eastern"_s;
    QTest::newRow("made up") << u"Mars Standard Time"_s;
    QTest::newRow("ID with junk") << u"AUS Eastern Standard Time!"_s;
}

void tst_PropertyForm::timeZonePickerRejectsUnknownIds()
{
    QFETCH(QString, typed);
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    fillValid(ui);
    QVERIFY(ui.create->isEnabled());

    QLineEdit *edit = ui.timeZone->lineEdit();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, typed);
    ui.timeZone->completer()->popup()->hide();
    QTest::keyClick(edit, Qt::Key_Tab);

    QVERIFY(ui.timeZone->timeZoneId().isEmpty());
    QCOMPARE(form->draft().timeZone, typed); // kept as typed, never taken for an ID
    QVERIFY(!ui.create->isEnabled());
    QLabel *label = ui.feedback(u"timeZoneEdit"_s);
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(typed), qPrintable(label->text())); // names what was typed
    QCOMPARE(ui.timeZone->count(), TimeZonePicker(nullptr).count()); // nothing was added
}

void tst_PropertyForm::submitWhileInvalidChangesNothing()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QTest::keyClicks(ui.name, u"Only a name"_s);
    const quint64 requests = m_sandbox.server().requestCount();
    const PropertyDraft before = form->draft();

    form->submit(); // e.g. Ctrl+Return
    QVERIFY(!form->isBusy());
    QCOMPARE(form->draft(), before);
    // Every reason is shown now, and the first invalid field has the focus.
    QVERIFY(!ui.feedback(u"domainEdit"_s)->isHidden());
    QVERIFY(!ui.feedback(u"timeZoneEdit"_s)->isHidden());
    QVERIFY(ui.domain->hasFocus());
    // Nothing was sent: a read that follows is the only request the server sees.
    QSignalSpy probed(m_client->probe(), &ApiJob::finished);
    QVERIFY(probed.wait(10000));
    QCOMPARE(m_sandbox.server().requestCount(), requests + 1);
}

void tst_PropertyForm::createSendsThroughTheOutbox()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QSignalSpy busy(form.get(), &PropertyForm::busyChanged);
    QVERIFY(busy.isValid());

    fillValid(ui, u"Bayside Physio"_s);
    ui.sms->setFocus();
    QTest::keyClick(ui.sms, Qt::Key_Space);
    QTest::keyClick(ui.integrations, Qt::Key_Space);
    QVERIFY(ui.create->isEnabled());

    QTest::mouseClick(ui.create, Qt::LeftButton);
    // Saved and handed to the outbox before anything leaves.
    QVERIFY(form->isBusy());
    QVERIFY(!ui.create->isEnabled());
    QVERIFY(!ui.progress->isHidden());
    QVERIFY(!ui.name->isEnabled());
    QCOMPARE(busy.size(), 1);
    QVERIFY(draftOf(form.get()).isInOutbox());

    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 10000);
    const QString sid = form->remoteId();
    QVERIFY2(Property::isPropertySid(sid), qPrintable(sid));
    const Draft draft = draftOf(form.get());
    QCOMPARE(draft.state, OutboxState::Sent);
    QCOMPARE(draft.remoteId, sid);

    QVERIFY(!form->isBusy());
    QVERIFY(ui.progress->isHidden());
    QVERIFY(!ui.create->isEnabled()); // never twice
    QVERIFY(!ui.name->isEnabled());
    QVERIFY(!ui.banner->isHidden());
    QCOMPARE(ui.banner->type(), MessageBanner::Type::Positive);
    QVERIFY(ui.banner->text().contains(sid));
    QVERIFY(form->windowTitle().contains(u"Bayside Physio"_s));
    QCOMPARE(form->findChild<QLabel *>(u"heading"_s)->text(), u"Bayside Physio"_s);
    QVERIFY(ui.create->statusTip().isEmpty()); // no "Create the property…" once created
    const quint64 requests = m_sandbox.server().requestCount();
    form->submit();

    // The server has it, as typed; this read is the only request since (none for the submit).
    ApiJob *job = PropertiesClient(m_client.get()).get(sid);
    QSignalSpy read(job, &ApiJob::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(m_sandbox.server().requestCount(), requests + 1);
    Property stored;
    QVERIFY(!PropertiesClient::parseProperty(read.first().first().value<ApiResult>(), &stored).isError());
    QCOMPARE(stored.name, u"Bayside Physio"_s);
    QCOMPARE(stored.mainDomain, u"harbour-dental.example.com"_s);
    QCOMPARE(stored.timeZone, u"AUS Eastern Standard Time"_s);
    QVERIFY(stored.smsEnabled);
    QVERIFY(!stored.callRecordingEnabled);
    QVERIFY(stored.integrationsEnabled);
    QVERIFY(stored.active);
    QCOMPARE(stored.accountSid, m_sandbox.profile(ApiFamily::Properties).user);
}

void tst_PropertyForm::serverFieldErrorLandsOnItsField_data()
{
    QTest::addColumn<PropertyDraft>("rejected"); // what the server is sent (bypassing the form)
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("edit");

    PropertyDraft noName;
    noName.mainDomain = u"example.com"_s;
    noName.timeZone = u"UTC"_s;
    PropertyDraft badDomain = noName;
    badDomain.name = u"Bad domain"_s;
    badDomain.mainDomain = u"https://example.com/x"_s;
    PropertyDraft badZone = noName;
    badZone.name = u"Bad zone"_s;
    badZone.timeZone = u"Mars Standard Time"_s;

    QTest::newRow("PARAMETER_REQUIRED Name") << noName << u"PARAMETER_REQUIRED"_s << u"nameEdit"_s;
    QTest::newRow("INVALID_PARAMETER MainDomain") << badDomain << u"INVALID_PARAMETER"_s
                                                  << u"domainEdit"_s;
    QTest::newRow("UNKNOWN_TIME_ZONE") << badZone << u"UNKNOWN_TIME_ZONE"_s << u"timeZoneEdit"_s;
}

void tst_PropertyForm::serverFieldErrorLandsOnItsField()
{
    QFETCH(PropertyDraft, rejected);
    QFETCH(QString, code);
    QFETCH(QString, edit);

    // The sandbox applies the same rules as the form, so the form never sends these: get
    // the real server error directly, then hand it to the form as an outbox would.
    const ApiError error = serverErrorFor(m_client.get(), rejected);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.field().isEmpty());

    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    fillValid(ui);
    QVERIFY(ui.create->isEnabled());
    const PropertyDraft typed = form->draft();

    form->applyFieldErrors(error.fieldErrors(), error.displayText());
    QLabel *label = ui.feedback(edit);
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(error.message()), qPrintable(label->text()));
    QVERIFY(ui.banner->isHidden()); // on the field, not in a banner
    QVERIFY(!ui.create->isEnabled());
    QVERIFY2(ui.create->toolTip().contains(error.message()), qPrintable(ui.create->toolTip()));
    QCOMPARE(form->draft(), typed);
    QWidget *field = form->findChild<QLineEdit *>(edit);
    QTRY_VERIFY(field->hasFocus());

    // Answering the field clears the server's complaint.
    QTest::keyClick(field, Qt::Key_End);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, edit == u"timeZoneEdit"_s ? u"e"_s : u"m"_s);
    ui.timeZone->completer()->popup()->hide();
    QVERIFY2(label->isHidden(), qPrintable(label->text()));
    QVERIFY(ui.create->isEnabled());
}

void tst_PropertyForm::serverErrorWithoutFormFieldGoesToBanner()
{
    // A real 400 about a parameter the form does not have.
    QUrlQuery query;
    query.addQueryItem(u"Results_Count"_s, u"0"_s);
    ApiJob *job = m_client->get(u"/v2/Properties"_s, query);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    const ApiError error = finished.first().first().value<ApiResult>().error;
    QCOMPARE(error.httpStatus(), 400);

    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    fillValid(ui);
    form->applyFieldErrors(error.fieldErrors(), error.message());
    QVERIFY(!ui.banner->isHidden());
    QCOMPARE(ui.banner->type(), MessageBanner::Type::Error);
    QVERIFY2(ui.banner->text().contains(error.message()), qPrintable(ui.banner->text()));
    for (const QString &edit : {u"nameEdit"_s, u"domainEdit"_s, u"timeZoneEdit"_s})
        QVERIFY(ui.feedback(edit)->isHidden());
    QVERIFY(ui.create->isEnabled());
}

void tst_PropertyForm::serverDownKeepsEverythingTyped()
{
    SandboxFixture gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    AccountClient client(gone.profile(ApiFamily::Properties));
    gone.server().stop(); // nothing listens there any more

    Ui ui;
    auto form = makeForm(&client, &ui);
    fillValid(ui);
    ui.recording->setFocus();
    QTest::keyClick(ui.recording, Qt::Key_Space);
    const PropertyDraft typed = form->draft();

    QTest::mouseClick(ui.create, Qt::LeftButton);
    QVERIFY(form->isBusy());
    // It waits in the outbox and says why; nothing is offered to resend blindly.
    QTRY_VERIFY_WITH_TIMEOUT(ui.banner->text().contains(u"Cannot reach the server"_s), 15000);
    QCOMPARE(ui.banner->type(), MessageBanner::Type::Warning);
    QVERIFY2(ui.banner->text().contains(u"everything you typed is kept"_s), qPrintable(ui.banner->text()));
    QCOMPARE(draftOf(form.get()).state, OutboxState::Queued);
    QVERIFY(!ui.create->isEnabled());
    auto *keep = ui.banner->findChild<QPushButton *>(u"messageBannerAction"_s);
    QVERIFY(keep && !keep->isHidden());
    QVERIFY2(keep->text().contains(u"Keep as draft"_s), qPrintable(keep->text()));

    // "Keep as draft" takes it back: editable again, with everything typed.
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!form->isBusy());
    QCOMPARE(draftOf(form.get()).state, OutboxState::Editing);
    QCOMPARE(form->draft(), typed);
    QCOMPARE(ui.name->text(), typed.name);
    QVERIFY(ui.name->isEnabled());
    QVERIFY(ui.create->isEnabled());
    QVERIFY(!form->isSent());
    QCOMPARE(form->windowTitle(), u"New property — Harbour Dental"_s);
}

void tst_PropertyForm::serverFailureKeepsEverythingTyped()
{
    SandboxFixture failing;
    FaultOptions faults;
    faults.errorRate = 1.0; // every request answers 500 in the family's shape
    QVERIFY2(failing.start(faults), qPrintable(failing.errorString()));
    AccountClient client(failing.profile(ApiFamily::Properties));

    Ui ui;
    auto form = makeForm(&client, &ui);
    fillValid(ui);
    const PropertyDraft typed = form->draft();
    QTest::mouseClick(ui.create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.banner->text().contains(u"500"_s), 15000);
    QCOMPARE(form->draft(), typed);
    QVERIFY(!form->isSent());
    QCOMPARE(draftOf(form.get()).payload, typed.toJson());
}

void tst_PropertyForm::wrongCredentialsGoToBanner()
{
    AccountClient client(m_sandbox.badProfile(ApiFamily::Properties));
    Ui ui;
    auto form = makeForm(&client, &ui);
    fillValid(ui);
    QTest::mouseClick(ui.create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.banner->text().contains(u"credentials"_s), 15000);
    QVERIFY(!form->isSent());
    QCOMPARE(form->draft().name, u"Harbour Dental"_s);
}

void tst_PropertyForm::setDraftRestoresTheForm()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    QSignalSpy changed(form.get(), &PropertyForm::payloadChanged);

    PropertyDraft saved;
    saved.name = u"Reopened"_s;
    saved.mainDomain = u"reopened.example.org"_s;
    saved.timeZone = u"Pacific Standard Time"_s;
    saved.callRecordingEnabled = true;
    saved.active = false;
    form->setDraft(saved);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(form->draft(), saved);
    QCOMPARE(ui.name->text(), saved.name);
    QCOMPARE(ui.domain->text(), saved.mainDomain);
    QVERIFY(ui.timeZone->currentText().contains(u"Pacific Standard Time"_s));
    QVERIFY(ui.timeZone->currentText().startsWith(u"(UTC-08:00)"_s));
    QVERIFY(ui.recording->isChecked());
    QVERIFY(!ui.active->isChecked());
    QVERIFY(ui.create->isEnabled());
    QCOMPARE(form->windowTitle(), u"New property — Reopened"_s);
    form->setDraft(saved);
    QCOMPARE(changed.size(), 1); // no change, no signal

    // A draft saved half-typed shows its reasons at once and keeps its text.
    PropertyDraft half;
    half.name = u"Half"_s;
    half.mainDomain = u"https://half"_s;
    half.timeZone = u"Syd"_s;
    form->setDraft(half);
    QCOMPARE(form->draft(), half);
    QVERIFY(!ui.feedback(u"domainEdit"_s)->isHidden());
    QVERIFY(!ui.feedback(u"timeZoneEdit"_s)->isHidden());
    QVERIFY(!ui.create->isEnabled());
}

void tst_PropertyForm::tabOrderFollowsTheForm()
{
    Ui ui;
    auto form = makeForm(m_client.get(), &ui);
    ui.name->setFocus();
    QVERIFY(ui.name->hasFocus());
    QTest::keyClick(ui.name, Qt::Key_Tab);
    QVERIFY(ui.domain->hasFocus());
    QTest::keyClick(ui.domain, Qt::Key_Tab);
    QVERIFY(ui.timeZone->lineEdit()->hasFocus());
    QTest::keyClick(ui.timeZone->lineEdit(), Qt::Key_Tab);
    QVERIFY(ui.sms->hasFocus());

    // Mnemonics reach the fields: Alt+D is "Main &domain".
    QTest::keyClick(form.get(), Qt::Key_D, Qt::AltModifier);
    QVERIFY(ui.domain->hasFocus());
}

QTEST_MAIN(tst_PropertyForm)
#include "tst_propertyform.moc"
