/* strcli: UNP ch. 5 and 6 as students write them.  A forked echo server
 * (str_echo) and a client (str_cli) that multiplexes stdin and the socket
 * with select(), half-closes with shutdown(SHUT_WR) at the end of its
 * input and reads the echo to the end; then the "server process
 * terminates" exercises: writing to a socket whose peer closed (the first
 * write is accepted and draws an RST, the next one raises SIGPIPE, or
 * fails with EPIPE when it is ignored or MSG_NOSIGNAL is given), read
 * after the RST, and the SIGCHLD/waitpid status of a child SIGPIPE kills.
 * Reads its stdin (a pipe).  Compared with Linux, musl and glibc. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>

static const char *err(int e)
{
	switch (e) {
	case EPIPE: return "EPIPE";
	case ECONNRESET: return "ECONNRESET";
	case EINTR: return "EINTR";
	case ENOTCONN: return "ENOTCONN";
	case EINVAL: return "EINVAL";
	default: return strerror(e);
	}
}

static void show(const char *what, long r)
{
	if (r < 0)
		printf("%s: -1 %s\n", what, err(errno));
	else
		printf("%s: %ld\n", what, r);
}

static int listener(struct sockaddr_in *sa)
{
	int l = socket(AF_INET, SOCK_STREAM, 0), on = 1;
	socklen_t len = sizeof *sa;

	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	memset(sa, 0, sizeof *sa);
	sa->sin_family = AF_INET;
	inet_pton(AF_INET, "127.0.0.1", &sa->sin_addr);
	if (bind(l, (struct sockaddr *)sa, sizeof *sa) || listen(l, 5))
		perror("bind/listen"), exit(1);
	getsockname(l, (struct sockaddr *)sa, &len);
	return l;
}

static int dial(struct sockaddr_in *sa)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(s, (struct sockaddr *)sa, sizeof *sa))
		perror("connect"), exit(1);
	return s;
}

static void str_echo(int fd)
{
	char buf[512];
	ssize_t n;

again:
	while ((n = read(fd, buf, sizeof buf)) > 0)
		write(fd, buf, n);
	if (n < 0 && errno == EINTR)
		goto again;
}

/* UNP fig. 6.13: select on stdin and the socket; shutdown at EOF. */
static void str_cli(int in, int s)
{
	int stdineof = 0, maxfd = (in > s ? in : s) + 1;
	char buf[512];
	ssize_t n;
	fd_set rs;

	FD_ZERO(&rs);
	for (;;) {
		if (!stdineof)
			FD_SET(in, &rs);
		FD_SET(s, &rs);
		if (select(maxfd, &rs, NULL, NULL, NULL) < 0)
			perror("select"), exit(1);
		if (FD_ISSET(s, &rs)) {
			n = read(s, buf, sizeof buf);
			if (n == 0) {
				if (stdineof) {
					printf("str_cli: server closed after our FIN\n");
					return;
				}
				printf("str_cli: server terminated prematurely\n");
				return;
			}
			fwrite(buf, 1, n, stdout);
		}
		if (FD_ISSET(in, &rs)) {
			n = read(in, buf, sizeof buf);
			if (n == 0) {
				stdineof = 1;
				/* (Said only if it fails: when the echo comes
				 * relative to it is the scheduler's business.) */
				if (shutdown(s, SHUT_WR))
					show("shutdown(SHUT_WR)", -1);
				FD_CLR(in, &rs);
				continue;
			}
			write(s, buf, n);
		}
	}
}

static void reap(const char *who)
{
	int st;
	pid_t p = wait(&st);

	if (p < 0)
		printf("%s: wait: -1 %s\n", who, err(errno));
	else if (WIFEXITED(st))
		printf("%s: exited %d\n", who, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		printf("%s: killed by signal %d (%s)\n", who, WTERMSIG(st), WTERMSIG(st) == SIGPIPE ? "SIGPIPE" : "?");
}

static volatile sig_atomic_t sigpipes;
static void on_pipe(int sig) { (void)sig; sigpipes++; }

int main(void)
{
	struct sockaddr_in sa;
	char buf[64];
	int l, s, c;

	setvbuf(stdout, NULL, _IONBF, 0);

	/* 1. the echo client and server, with the half-close. */
	l = listener(&sa);
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		close(l);
		str_echo(c);
		close(c);
		_exit(0);
	}
	s = dial(&sa);
	str_cli(0, s);
	close(s);
	reap("echo server");

	/* 2. The server goes away while the client has not looked:
	 * the first write draws an RST, the second raises SIGPIPE. */
	signal(SIGPIPE, on_pipe);
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		_exit(0);
	}
	s = dial(&sa);
	reap("server 2");
	usleep(100000);
	show("first write", write(s, "hello", 5));
	usleep(100000);
	show("second write (handler)", write(s, "again", 5));
	printf("SIGPIPE caught %d time(s)\n", (int)sigpipes);
	show("read", read(s, buf, sizeof buf));
	show("read again", read(s, buf, sizeof buf));
	close(s);

	/* 3. The same with SIGPIPE ignored, read first after the RST. */
	signal(SIGPIPE, SIG_IGN);
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		_exit(0);
	}
	s = dial(&sa);
	reap("server 3");
	show("first send", send(s, "hello", 5, 0));
	usleep(100000);
	show("read after the RST", read(s, buf, sizeof buf));
	show("write (SIG_IGN)", write(s, "again", 5));
	int e = -1;
	socklen_t len = sizeof e;
	getsockopt(s, SOL_SOCKET, SO_ERROR, &e, &len);
	printf("SO_ERROR: %d\n", e);
	close(s);

	/* 4. MSG_NOSIGNAL with the default action: EPIPE, no death. */
	signal(SIGPIPE, SIG_DFL);
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		_exit(0);
	}
	s = dial(&sa);
	reap("server 4");
	send(s, "hello", 5, MSG_NOSIGNAL);
	usleep(100000);
	show("send MSG_NOSIGNAL after the RST", send(s, "again", 5, MSG_NOSIGNAL));
	close(s);

	/* 5. A client with the default action dies of SIGPIPE. */
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		_exit(0);
	}
	s = dial(&sa);
	reap("server 5");
	if (fork() == 0) {
		write(s, "hello", 5);
		usleep(100000);
		write(s, "again", 5);
		_exit(0);
	}
	close(s);
	reap("client 5");

	/* 6. Half-closed the other way: SHUT_RD, then shutdown errors. */
	if (fork() == 0) {
		c = accept(l, NULL, NULL);
		write(c, "from server\n", 12);
		/* The end of file, told by the exit status (no racing output). */
		_exit(read(c, buf, sizeof buf) == 0 ? 10 : 11);
	}
	s = dial(&sa);
	usleep(100000);
	show("shutdown(SHUT_WR)", shutdown(s, SHUT_WR));
	show("write after SHUT_WR", send(s, "x", 1, MSG_NOSIGNAL));
	ssize_t n = read(s, buf, sizeof buf);
	printf("read: %ld \"%.*s\"\n", (long)n, n > 0 ? (int)n - 1 : 0, buf);
	show("read to EOF", read(s, buf, sizeof buf));
	reap("server 6");
	show("shutdown(SHUT_RDWR)", shutdown(s, SHUT_RDWR));
	show("shutdown(7)", shutdown(s, 7));
	close(s);
	s = socket(AF_INET, SOCK_STREAM, 0);
	show("shutdown, not connected", shutdown(s, SHUT_RD));
	close(s);
	close(l);
	printf("strcli: done\n");
	return 0;
}
