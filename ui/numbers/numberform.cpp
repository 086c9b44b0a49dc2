#include "numberform.h"

#include "validation/textrules.h"

#include "icons.h"
#include "numberparameterseditor.h"
#include "widgets/sidlabel.h"
#include "numbers/numberchecks.h"
#include "numbers/numberrow.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
Validation::NumberFamily rulesFamily(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? Validation::NumberFamily::SignalWire
                                           : Validation::NumberFamily::Twilio;
}
} // namespace

NumberForm::NumberForm(ApiFamily family, QWidget *parent)
    : DraftForm(parent)
    , m_family(family)
{
    setObjectName(u"numberForm"_s);
    m_draft.family = family;
    buildUi();
    refresh();
}

NumberForm::~NumberForm()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void NumberForm::buildUi()
{
    m_number = new QLabel(this);
    m_number->setObjectName(u"numberHeading"_s);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"numberSummary"_s);
    m_summary->setWordWrap(true);

    m_sid = new SidLabel(this);
    m_sid->setObjectName(u"numberSid"_s);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"numberProblems"_s);
    m_problems->setWordWrap(true);

    m_editor = new NumberParametersEditor(rulesFamily(m_family), Validation::NumberOperation::Update, this);
    m_editor->setLabelsAbove(true); // a narrow pane: each field gets the whole width
    connect(m_editor, &NumberParametersEditor::valuesChanged, this, [this] {
        if (m_updating)
            return;
        refresh();
        emit payloadChanged();
    });
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"numberScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);

    m_save = new QPushButton(tr("S&ave changes"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &DraftForm::requestSubmit);
    // An action of its own: a button has one shortcut, and its text's mnemonic is that one.
    m_saveAction = new QAction(tr("Save changes"), this);
    m_saveAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &DraftForm::requestSubmit);
    addAction(m_saveAction);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setToolTip(tr("Drop the changes and show the number as the server has it"));
    connect(m_revert, &QPushButton::clicked, this, &NumberForm::revertRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_number);
    layout->addWidget(m_summary);
    layout->addWidget(m_sid);
    layout->addWidget(m_problems);
    layout->addWidget(submissionBanner());
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

void NumberForm::showNumber(const IncomingNumber &number)
{
    {
        const QScopedValueRollback guard(m_updating, true);
        m_draft = NumberEditDraft::startFrom(number, m_family);
        m_editor->clearServerErrors();
        m_editor->setValues(m_draft.values);
        setNumberInfo(number);
    }
    refresh();
}

void NumberForm::setNumberInfo(const IncomingNumber &n)
{
    m_info = n;
    const QString e164 = n.phoneNumber.isEmpty() ? m_draft.phoneNumber : n.phoneNumber;
    m_number->setText(formatPhoneNumber(e164));
    m_number->setToolTip(e164);
    QStringList parts;
    if (formatPhoneNumber(e164) != e164)
        parts << e164;
    if (!n.friendlyName().isEmpty() && n.friendlyName() != n.phoneNumber
        && n.friendlyName() != formatPhoneNumber(e164))
        parts << Validation::isolatedText(n.friendlyName()); // the server's: cannot reorder the rest
    QStringList caps;
    if (n.voice)
        caps << tr("voice");
    if (n.sms)
        caps << tr("SMS");
    if (n.mms)
        caps << tr("MMS");
    if (n.fax)
        caps << tr("fax");
    if (!caps.isEmpty())
        parts << caps.join(u", "_s);
    if (!n.type.isEmpty())
        parts << n.type;
    if (n.dateCreated.isValid())
        parts << tr("created %1").arg(QLocale().toString(n.dateCreated.toLocalTime(), QLocale::ShortFormat));
    m_summary->setText(parts.join(u" · "_s));
    m_sid->setText(tr("SID"), n.sid.isEmpty() ? m_draft.sid : n.sid);
    const QStringList problems = NumberChecks::describeAll(NumberChecks::check(n, m_family));
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems.join(u'\n'));
}

NumberEditDraft NumberForm::draft() const
{
    NumberEditDraft d = m_draft;
    const QHash<QString, QString> shown = m_editor->values();
    for (auto it = shown.begin(); it != shown.end(); ++it)
        d.values.insert(it.key(), it.value());
    return d;
}

void NumberForm::focusFirstField()
{
    const QStringList names = m_editor->parameterNames();
    if (QWidget *first = names.isEmpty() ? nullptr : m_editor->fieldWidget(names.first()))
        first->setFocus(Qt::TabFocusReason);
}

void NumberForm::setPayload(const QJsonObject &payload)
{
    const NumberEditDraft incoming = NumberEditDraft::fromJson(payload);
    const bool differs = incoming.toJson() != draft().toJson();
    {
        const QScopedValueRollback guard(m_updating, true);
        m_draft = incoming;
        m_draft.family = m_family;
        m_editor->setValues(m_draft.values);
        if (m_info.sid != m_draft.sid) {
            IncomingNumber info;
            info.sid = m_draft.sid;
            info.phoneNumber = m_draft.phoneNumber;
            setNumberInfo(info);
        }
    }
    refresh();
    if (differs)
        emit payloadChanged();
}

bool NumberForm::isComplete() const
{
    const NumberEditDraft d = draft();
    return d.hasChanges() && d.check().isEmpty();
}

QString NumberForm::blockingReason() const
{
    if (!isEditable())
        return {};
    QStringList reasons;
    for (const auto &[name, reason] : m_editor->problems())
        reasons << tr("%1: %2").arg(NumberParametersEditor::label(name), reason);
    if (reasons.isEmpty() && !hasChanges())
        return tr("Nothing has been changed.");
    return reasons.join(u'\n');
}

void NumberForm::refresh()
{
    const bool editable = isEditable();
    const QString reason = blockingReason();
    m_save->setEnabled(editable && reason.isEmpty());
    m_save->setToolTip(reason.isEmpty() ? tr("Save the changes on the server (%1)")
                                              .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText))
                                        : reason);
    m_revert->setEnabled(editable && (hasChanges() || submissionState() == OutboxState::Rejected));
}

void NumberForm::submissionChanged()
{
    const bool editable = isEditable();
    m_editor->setEditable(editable);
    m_save->setText(isBusy() ? tr("Saving…") : isSent() ? tr("Saved") : tr("S&ave changes"));
    refresh();
}

bool NumberForm::checkBeforeSubmit()
{
    m_editor->showAllProblems();
    const auto problems = m_editor->problems();
    if (!problems.isEmpty()) {
        if (QWidget *w = m_editor->fieldWidget(problems.first().first))
            w->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return hasChanges();
}

QString NumberForm::sentMessage(const Draft &d) const
{
    Q_UNUSED(d)
    return tr("Saved on the server.");
}

void NumberForm::applyFieldErrors(const QList<FieldError> &errors, const QString &message)
{
    QStringList unplaced;
    bool placed = false;
    for (const FieldError &e : errors) {
        const QString text = e.message.isEmpty() ? message : e.message;
        if (m_editor->fieldWidget(e.field)) {
            m_editor->setServerError(e.field, tr("The server says: %1").arg(sentence(text)));
            placed = true;
        } else {
            unplaced << text;
        }
    }
    if (errors.isEmpty() && !message.isEmpty())
        unplaced << message;
    if (!unplaced.isEmpty()) {
        submissionBanner()->showMessage(tr("The change was not saved: %1 Everything you changed "
                                           "is kept.")
                                            .arg(sentence(unplaced.join(u"; "_s))),
                                        MessageBanner::Type::Error);
    } else if (placed) {
        submissionBanner()->showMessage(tr("The server did not accept some values; they are "
                                           "marked below."),
                                        MessageBanner::Type::Error);
    }
    refresh();
}
