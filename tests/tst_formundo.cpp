// Form-wide undo and redo, driven with real key presses in the New property form.
#include "formundo.h"
#include "properties/propertydraft.h"
#include "properties/propertyform.h"
#include "api/accountclient.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FormUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlZUndoesAcrossFields();
    void checkBoxesUndoToo();
    void newEditClearsRedo();

private:
    void type(const char *editName, const QString &text);
    QLineEdit *edit(const char *name) { return m_form->findChild<QLineEdit *>(QLatin1String(name)); }

    AccountClient *m_client = nullptr;
    PropertyForm *m_form = nullptr;
    FormUndo *m_undo = nullptr;
};

void tst_FormUndo::init()
{
    // The form needs a client but these tests never send: nothing listens on this port.
    AccountProfile profile;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    m_client = new AccountClient(profile);
    m_form = new PropertyForm;
    m_undo = new FormUndo(
        m_form, [this] { return m_form->draft().toJson(); },
        [this](const QJsonObject &s) { m_form->setDraft(PropertyDraft::fromJson(s)); });
    connect(m_form, &PropertyForm::payloadChanged, m_undo, &FormUndo::record);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
}

void tst_FormUndo::cleanup()
{
    delete m_form;
    delete m_client;
}

void tst_FormUndo::type(const char *editName, const QString &text)
{
    QLineEdit *field = edit(editName);
    QVERIFY(field);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
}

void tst_FormUndo::ctrlZUndoesAcrossFields()
{
    QVERIFY(!m_undo->undoAction()->isEnabled());
    type("nameEdit", u"Harbour Lights"_s);
    type("domainEdit", u"harbourlights.com"_s);
    QCOMPARE(m_form->draft().mainDomain, u"harbourlights.com"_s);
    QVERIFY(m_undo->undoAction()->isEnabled());

    // Focus is in the domain field, whose own undo would eat Ctrl+Z: the form's wins.
    QTest::keySequence(edit("domainEdit"), QKeySequence::Undo);
    QCOMPARE(m_form->draft().mainDomain, QString());
    QCOMPARE(edit("domainEdit")->text(), QString());
    QCOMPARE(m_form->draft().name, u"Harbour Lights"_s);

    QTest::keySequence(edit("domainEdit"), QKeySequence::Undo);
    QCOMPARE(m_form->draft().name, QString());
    QVERIFY(!m_undo->undoAction()->isEnabled());

    QTest::keySequence(edit("nameEdit"), QKeySequence::Redo);
    QCOMPARE(m_form->draft().name, u"Harbour Lights"_s);
    QTest::keySequence(edit("nameEdit"), QKeySequence::Redo);
    QCOMPARE(m_form->draft().mainDomain, u"harbourlights.com"_s);
    QVERIFY(!m_undo->redoAction()->isEnabled());
}

void tst_FormUndo::checkBoxesUndoToo()
{
    auto *sms = m_form->findChild<QCheckBox *>(u"smsCheck"_s);
    QVERIFY(sms);
    QVERIFY(!sms->isChecked()); // the contract's default
    sms->setFocus();
    QTest::keyClick(sms, Qt::Key_Space);
    QVERIFY(m_form->draft().smsEnabled);
    QTest::keySequence(sms, QKeySequence::Undo);
    QVERIFY(!m_form->draft().smsEnabled);
    QVERIFY(!sms->isChecked());
}

void tst_FormUndo::newEditClearsRedo()
{
    type("nameEdit", u"Bayside"_s);
    QTest::keySequence(edit("nameEdit"), QKeySequence::Undo);
    QVERIFY(m_undo->redoAction()->isEnabled());
    type("nameEdit", u"Cedar"_s);
    QVERIFY(!m_undo->redoAction()->isEnabled());
    QCOMPARE(m_form->draft().name, u"Cedar"_s);
}

QTEST_MAIN(tst_FormUndo)
#include "tst_formundo.moc"
