/* daemonish: UNP ch. 13's daemon_init without the files: fork, setsid
 * (a new session and group, no terminal), SIGHUP ignored, fork again so
 * the daemon is no session leader; getpgrp/getsid/setpgid answers and
 * errors; wait/waitpid statuses (exit, signal, WNOHANG, ECHILD).  Only
 * relations between ids are printed, never the ids.  Compared with Linux. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static const char *err(int e)
{
	return e == EPERM ? "EPERM" : e == ESRCH ? "ESRCH" : e == ECHILD ? "ECHILD" : e == EINVAL ? "EINVAL" : strerror(e);
}

/* The call first, then errno (argument order is the compiler's). */
#define TRY(what, call) do { errno = 0; long r_ = (call); \
	printf("%s: %ld%s%s\n", what, r_, r_ < 0 ? " " : "", r_ < 0 ? err(errno) : ""); } while (0)

static void status(const char *who, int st)
{
	if (WIFEXITED(st))
		printf("%s: exited %d\n", who, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		printf("%s: signal %d\n", who, WTERMSIG(st));
	else
		printf("%s: status %#x\n", who, st);
}

int main(void)
{
	int st;
	pid_t pid, me = getpgrp();

	setvbuf(stdout, NULL, _IONBF, 0);
	pid = fork();
	if (pid == 0) {
		/* first child: not a group leader, so setsid works */
		pid_t sid = setsid(), c = getpid();
		printf("child: setsid returned its pid: %s\n", sid == c ? "yes" : "no");
		printf("child: getpgrp == getsid(0) == pid: %s\n", getpgrp() == c && getsid(0) == c ? "yes" : "no");
		TRY("child: setsid again, a session leader", setsid());
		TRY("child: setpgid(0, the parent's group), another session", setpgid(0, me));
		signal(SIGHUP, SIG_IGN);
		pid = fork();
		if (pid == 0) {
			pid_t g = getpid();
			printf("grandchild: session leader? %s; in its parent's session and group: %s\n",
			       getsid(0) == g ? "yes" : "no", getsid(0) == c && getpgrp() == c ? "yes" : "no");
			TRY("grandchild: setpgid(0, 0)", setpgid(0, 0));
			printf("grandchild: now its own group: %s\n", getpgrp() == g ? "yes" : "no");
			_exit(7);
		}
		waitpid(pid, &st, 0);
		status("child: the daemon", st);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	status("first child", st);
	TRY("getsid(the child, gone)", getsid(pid));
	TRY("setpgid(the child, gone)", setpgid(pid, pid));
	TRY("setpgid(0, -1)", setpgid(0, -1));
	TRY("getsid(-1)", getsid(-1));

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(1);
	}
	printf("WNOHANG, still running: %d\n", waitpid(pid, &st, WNOHANG));
	kill(pid, SIGTERM);
	waitpid(pid, &st, 0);
	status("killed child", st);
	pid = fork();
	if (pid == 0)
		abort();
	wait(&st);
	status("aborted child", st);
	TRY("wait, no children", wait(&st));
	TRY("waitpid(-1, WNOHANG), no children", waitpid(-1, &st, WNOHANG));
	TRY("waitpid, bad options", waitpid(-1, &st, 0x4000000));
	printf("daemonish: done\n");
	return 0;
}
