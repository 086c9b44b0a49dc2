#include "formundo.h"

#include "drafts/drafthistory.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

FormUndo::FormUndo(QWidget *form, Getter get, Setter set)
    : QObject(form)
    , m_form(form)
    , m_get(std::move(get))
    , m_set(std::move(set))
    , m_history(new DraftHistory(this))
    , m_undo(new QAction(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo"), form))
    , m_redo(new QAction(QIcon::fromTheme(u"edit-redo"_s), tr("&Redo"), form))
{
    m_history->reset(m_get());

    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setToolTip(tr("Undo the last change to this form"));
    m_undo->setEnabled(false);
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setToolTip(tr("Redo the change just undone"));
    m_redo->setEnabled(false);
    form->addAction(m_undo);
    form->addAction(m_redo);

    connect(m_undo, &QAction::triggered, this, [this] { apply(m_history->undo()); });
    connect(m_redo, &QAction::triggered, this, [this] { apply(m_history->redo()); });
    connect(m_history, &DraftHistory::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_history, &DraftHistory::canRedoChanged, m_redo, &QAction::setEnabled);

    const QList<QWidget *> children = form->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
}

FormUndo::~FormUndo()
{
    // The actions live on the form (for its shortcuts); they go with the history.
    delete m_undo.data();
    delete m_redo.data();
}

void FormUndo::record()
{
    if (!m_applying)
        m_history->record(m_get());
}

void FormUndo::apply(const QJsonObject &state)
{
    m_applying = true;
    m_set(state);
    m_applying = false;
}

bool FormUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted: the shortcut map, and so the form's action, handles the key.
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        m_history->closeStep(); // leaving a field ends an undo step
    return QObject::eventFilter(watched, event);
}
