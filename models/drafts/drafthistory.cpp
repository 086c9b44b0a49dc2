#include "drafthistory.h"

DraftHistory::DraftHistory(QObject *parent)
    : QObject(parent)
    , m_states{QJsonObject()}
{
}

DraftHistory::~DraftHistory() = default;

void DraftHistory::reset(const QJsonObject &current)
{
    const bool couldUndo = canUndo();
    const bool couldRedo = canRedo();
    m_states = {current};
    m_index = 0;
    m_mergeable = false;
    notify(couldUndo, couldRedo);
}

void DraftHistory::record(const QJsonObject &state)
{
    if (state == current())
        return;
    const bool couldUndo = canUndo();
    const bool couldRedo = canRedo();
    m_states.resize(m_index + 1); // a new change drops what could be redone
    const bool merge = m_mergeable && m_index > 0 && m_lastRecord.isValid()
                       && m_lastRecord.elapsed() < m_mergeWindowMs;
    if (merge) {
        m_states[m_index] = state;
    } else {
        m_states.append(state);
        ++m_index;
        if (m_states.size() > MaxSteps + 1) {
            m_states.removeFirst();
            --m_index;
        }
    }
    m_mergeable = true;
    m_lastRecord.start();
    notify(couldUndo, couldRedo);
}

QJsonObject DraftHistory::undo()
{
    if (canUndo()) {
        const bool couldRedo = canRedo();
        --m_index;
        m_mergeable = false;
        notify(true, couldRedo);
    }
    return current();
}

QJsonObject DraftHistory::redo()
{
    if (canRedo()) {
        const bool couldUndo = canUndo();
        ++m_index;
        m_mergeable = false;
        notify(couldUndo, true);
    }
    return current();
}

void DraftHistory::notify(bool couldUndo, bool couldRedo)
{
    if (couldUndo != canUndo())
        emit canUndoChanged(canUndo());
    if (couldRedo != canRedo())
        emit canRedoChanged(canRedo());
}
