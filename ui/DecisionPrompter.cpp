#include "DecisionPrompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace spdc {

DecisionPrompter::DecisionPrompter(QWidget *parent) : QObject(parent), m_parent(parent) {}

void DecisionPrompter::ask(const Question &question, std::function<void(bool accepted)> done)
{
    m_lastQuestion = question;
    if (!m_preAnswers.empty()) {
        const bool answer = m_preAnswers.front();
        m_preAnswers.pop_front();
        // Like a person's answer: later, from the event loop.
        QMetaObject::invokeMethod(this, [done, answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    if (m_box) // one decision at a time
        m_box->reject();
    auto *box = new QMessageBox(m_parent);
    box->setObjectName(QStringLiteral("decisionMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(question.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("decisionAcceptButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("decisionCancelButton"));
    box->setDefaultButton(question.destructive ? cancel : accept);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [box, accept, done](int) {
        done(box->clickedButton() == accept);
    });
    m_box = box;
    box->open();
}

} // namespace spdc
