#include "draftform.h"

#include "widgets/messagebanner.h"
#include "widgets/wheelguard.h"

#include <QAction>
#include <QBoxLayout>
#include <QMenu>
#include <QScrollArea>

using namespace Qt::StringLiterals;

QString DraftForm::sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') || t.endsWith(u'…'))
        return t;
    return t + u'.';
}

DraftForm::DraftForm(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
{
    connect(m_banner, &MessageBanner::actionTriggered, this, &DraftForm::onBannerAction);
    WheelGuard::guard(this); // the wheel scrolls the form, never a value it passes over
}

namespace {
// The box layout that holds `widget`, searched from `layout` down.
QBoxLayout *boxHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (auto *box = qobject_cast<QBoxLayout *>(layout); box && box->indexOf(widget) >= 0)
        return box;
    for (int i = 0; i < layout->count(); ++i) {
        if (QBoxLayout *found = boxHolding(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}
} // namespace

void DraftForm::showSaveProblem(const QString &text)
{
    if (text.isEmpty()) {
        if (m_saveBanner)
            m_saveBanner->hideMessage();
        return;
    }
    if (!m_saveBanner) {
        // Made on first use, above the submission banner wherever the form put that.
        m_saveBanner = new MessageBanner(this);
        m_saveBanner->setObjectName(u"saveBanner"_s);
        m_saveBanner->setClosable(false); // lasting: it goes when the draft is written
        connect(m_saveBanner, &MessageBanner::actionTriggered, this, &DraftForm::exportRequested);
    }
    if (QWidget *host = m_banner->parentWidget(); host && !boxHolding(host->layout(), m_saveBanner)) {
        if (QBoxLayout *box = boxHolding(host->layout(), m_banner))
            box->insertWidget(box->indexOf(m_banner), m_saveBanner);
    }
    m_saveBanner->showMessage(text, MessageBanner::Type::Error, tr("&Export…"));
}

void DraftForm::showLiveAccount(const QString &accountName)
{
    m_liveAccount = accountName;
    if (accountName.isEmpty()) {
        if (m_liveNotice)
            m_liveNotice->hideMessage();
        return;
    }
    if (!m_liveNotice) {
        // Made on first use, under the submission banner wherever the form put that.
        m_liveNotice = new MessageBanner(this);
        m_liveNotice->setObjectName(u"liveNotice"_s);
        m_liveNotice->setClosable(false); // as long as the form is bound to that account
    }
    if (QWidget *host = m_banner->parentWidget(); host && !boxHolding(host->layout(), m_liveNotice)) {
        if (QBoxLayout *box = boxHolding(host->layout(), m_banner))
            box->insertWidget(box->indexOf(m_banner) + 1, m_liveNotice);
    }
    m_liveNotice->showMessage(tr("Live account “%1”: what you send from here changes the real "
                                 "account and may cost money.")
                                  .arg(accountName),
                              MessageBanner::Type::Information);
}

QString DraftForm::saveProblem() const
{
    return m_saveBanner && m_saveBanner->isShowing() ? m_saveBanner->text() : QString();
}

DraftForm::~DraftForm()
{
    emit aboutToBeDestroyed();
}

bool DraftForm::isBusy() const
{
    return m_state == OutboxState::Queued || m_state == OutboxState::Sending
           || m_state == OutboxState::Unknown;
}

bool DraftForm::isEditable() const
{
    return !m_readOnly && (m_state == OutboxState::Editing || m_state == OutboxState::Rejected);
}

bool DraftForm::requestSubmit()
{
    if (!isEditable())
        return false;
    if (!checkBeforeSubmit())
        return false;
    emit submitRequested();
    return true;
}

void DraftForm::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_banner->showMessage(reason, MessageBanner::Type::Warning);
    submissionChanged();
}

void DraftForm::showSubmission(const Draft &draft)
{
    const bool wasBusy = isBusy();
    const OutboxState before = m_state;
    m_state = draft.state;
    m_shown = draft;
    m_remoteId = draft.remoteId;
    m_candidates = draft.candidates();
    if (before != m_state || draft.state != OutboxState::Editing || !draft.errorMessage.isEmpty()) {
        showStateBanner(draft);
        if (before != m_state && m_banner->isShowing())
            revealBanner(); // a new outcome, not the same one again
    }
    if (draft.state == OutboxState::Rejected || (draft.state == OutboxState::Editing
                                                 && !draft.errors.isEmpty()))
        applyFieldErrors(draft.errors, draft.errorMessage);
    submissionChanged();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void DraftForm::showStateBanner(const Draft &d)
{
    m_banner->setActionMenu(nullptr);
    m_banner->setClosable(true);
    switch (d.state) {
    case OutboxState::Editing:
        if (d.errorMessage.isEmpty())
            m_banner->hideMessage();
        else
            m_banner->showMessage(sentence(d.errorMessage), MessageBanner::Type::Information);
        break;
    case OutboxState::Queued:
        m_banner->setClosable(false);
        if (d.errorMessage.isEmpty()) {
            const QString progress = progressMessage(d);
            m_banner->showMessage(progress.isEmpty() ? tr("Checking with the server, then sending…")
                                                     : progress,
                                  MessageBanner::Type::Information, tr("&Keep as draft"));
        } else {
            m_banner->showMessage(
                tr("Waiting to send: %1 It is sent as soon as the server can be reached; "
                   "everything you typed is kept.")
                    .arg(sentence(d.errorMessage)),
                MessageBanner::Type::Warning, tr("&Keep as draft"));
        }
        break;
    case OutboxState::Sending: {
        m_banner->setClosable(false);
        const QString progress = progressMessage(d);
        m_banner->showMessage(progress.isEmpty() ? tr("Sending to the server…") : progress,
                              MessageBanner::Type::Information);
        break;
    }
    case OutboxState::Unknown:
        m_banner->setClosable(false);
        m_banner->showMessage(
            d.errorMessage.isEmpty() && !d.checkingText().isEmpty()
                ? d.checkingText() + u' '
                      + tr("The answer was lost on the way back; Switchboard asks the server, "
                           "and asks again a few times over a minute or so before it believes "
                           "it did not. Nothing is sent again until it knows.")
            : d.errorMessage.isEmpty()
                ? tr("The answer was lost on the way back. Switchboard is checking with the "
                     "server whether it arrived; nothing is sent again until it knows.")
                : tr("The answer was lost on the way back, and the server cannot be asked yet: "
                     "%1 Switchboard checks again by itself; nothing is sent again until it "
                     "knows.")
                      .arg(sentence(d.errorMessage)),
            MessageBanner::Type::Warning);
        break;
    case OutboxState::Sent:
        m_banner->showMessage(sentMessage(d), MessageBanner::Type::Positive);
        break;
    case OutboxState::Rejected:
        if (d.errors.isEmpty() && !d.errorMessage.isEmpty())
            m_banner->showMessage(tr("The server did not accept it: %1 Everything you typed is "
                                     "kept.").arg(sentence(d.errorMessage)),
                                  MessageBanner::Type::Error);
        break;
    case OutboxState::Undecided: {
        m_banner->setClosable(false);
        QStringList lines;
        for (const DraftCandidate &c : std::as_const(m_candidates))
            lines << u"• "_s + c.description;
        m_banner->showMessage(
            tr("Switchboard cannot tell whether this was created: the server has %n record(s) "
               "that may be it. Choose one if it is, or send it.", nullptr,
               int(m_candidates.size()))
                + u'\n' + lines.join(u'\n'),
            MessageBanner::Type::Warning, tr("&Choose…"));
        delete m_decisionMenu;
        m_decisionMenu = new QMenu(this);
        m_decisionMenu->setObjectName(u"decisionMenu"_s);
        for (const DraftCandidate &c : std::as_const(m_candidates)) {
            QAction *pick = m_decisionMenu->addAction(tr("It is %1").arg(c.description));
            const QString remoteId = c.remoteId;
            connect(pick, &QAction::triggered, this, [this, remoteId] { emit decisionMade(remoteId); });
        }
        m_decisionMenu->addSeparator();
        connect(m_decisionMenu->addAction(tr("None of these: send it")), &QAction::triggered, this,
                [this] { emit decisionMade(QString()); });
        connect(m_decisionMenu->addAction(tr("Keep as draft")), &QAction::triggered, this,
                &DraftForm::keepAsDraftRequested);
        m_banner->setActionMenu(m_decisionMenu);
        break;
    }
    }
}

void DraftForm::revealBanner()
{
    // Create sits at the bottom of a long form, the banner at its top: what happened to the
    // submission is shown where the user is looking. Once the banner has its height (its
    // layout is posted before this call).
    QMetaObject::invokeMethod(this, [this] {
        if (!m_banner->isShowing())
            return;
        for (QWidget *p = m_banner->parentWidget(); p && p != this; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                area->ensureWidgetVisible(m_banner, 0, 0);
                return;
            }
        }
    }, Qt::QueuedConnection);
}

QString DraftForm::sentMessage(const Draft &d) const
{
    return d.remoteId.isEmpty() ? tr("Created on the server.")
                                : tr("Created on the server as %1.").arg(d.remoteId);
}

void DraftForm::onBannerAction()
{
    if (m_state == OutboxState::Queued)
        emit keepAsDraftRequested();
}
