#include "CliProcess.h"

#include "AcsSimProcess.h"

#include <QProcess>
#include <QTest>

CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
              const CliDialogue &dialogue, const AcsSimProcess &sim, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    const int smsBefore = int(sim.otps().size());
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
    // Answers each prompt as a person would: wait for its words on standard output, type.
    int seenUpTo = 0;
    for (const auto &[cue, answer] : dialogue) {
        const bool prompted = QTest::qWaitFor([&] {
            process.waitForReadyRead(50);
            run.out += process.readAllStandardOutput();
            return run.out.indexOf(cue, seenUpTo) >= 0 || process.state() == QProcess::NotRunning;
        }, 15000);
        if (!prompted || process.state() != QProcess::Running)
            break;
        seenUpTo = int(run.out.indexOf(cue, seenUpTo) + cue.size());
        QString text = answer;
        if (text == QLatin1String("${OTP}"))
            text = sim.waitForOtp(smsBefore);
        process.write(text.toUtf8() + '\n');
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}
