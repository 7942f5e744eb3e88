#pragma once

// Runs the real latch-cli executable for the CLI suites.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace latch::test {

struct CliRun
{
    int status = -1; // -1: it did not finish normally
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LATCH_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.status = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace latch::test
