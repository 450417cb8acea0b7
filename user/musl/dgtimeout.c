/* dgtimeout: what a UNP course asks of a UDP client that must not wait
 * forever (UNP ch. 8 and 14): recvfrom under alarm() with signal() (BSD
 * semantics, SA_RESTART: the call is restarted) and with sigaction without
 * SA_RESTART (EINTR); SO_RCVTIMEO (EAGAIN, and EINTR even with SA_RESTART);
 * select() and poll() timeouts; sleep/usleep/nanosleep under a signal; and
 * the connected UDP socket that learns ECONNREFUSED (UNP 8.11).
 * Compared with Linux, with musl and with glibc. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>

static int sock, alarms;

static long now_us(void)	/* the monotonic clock */
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000L + t.tv_nsec / 1000;
}

static void ualarm_ms(int ms)
{
	struct itimerval it = { .it_value = { ms / 1000, ms % 1000 * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}
static struct sockaddr_in self;

static const char *err(int e)
{
	switch (e) {
	case EINTR: return "EINTR";
	case EAGAIN: return "EAGAIN";
	case ECONNREFUSED: return "ECONNREFUSED";
	case EINVAL: return "EINVAL";
	case EBADF: return "EBADF";
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

/* The first alarm only interrupts; the second sends the socket a datagram
 * (set alarms to 1 for that at once, to 2 for nothing)
 * (sendto is async-signal-safe), so a restarted recvfrom ends. */
static void on_alarm(int sig)
{
	(void)sig;
	if (++alarms == 2)
		sendto(sock, "late", 4, 0, (struct sockaddr *)&self, sizeof self);
	else if (alarms < 2)
		ualarm_ms(100);
}

static void catch(int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
}


int main(void)
{
	char buf[64];
	socklen_t len = sizeof self;
	long r;

	setvbuf(stdout, NULL, _IONBF, 0);
	sock = socket(AF_INET, SOCK_DGRAM, 0);
	self.sin_family = AF_INET;
	self.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(sock, (struct sockaddr *)&self, sizeof self);
	getsockname(sock, (struct sockaddr *)&self, &len);

	/* signal(): BSD semantics, the read goes on after the handler. */
	alarms = 0;
	signal(SIGALRM, on_alarm);
	ualarm_ms(100);
	r = recvfrom(sock, buf, sizeof buf, 0, NULL, NULL);
	printf("signal(): recvfrom %ld after %d alarm(s)%s\n", r, alarms, r == 4 && !memcmp(buf, "late", 4) ? ", got \"late\"" : "");

	/* sigaction without SA_RESTART: EINTR, UNP's dg_cli with a timeout. */
	alarms = 1;
	catch(0);
	ualarm_ms(200);
	show("no SA_RESTART: recvfrom", recvfrom(sock, buf, sizeof buf, 0, NULL, NULL));
	r = recvfrom(sock, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL);
	printf("then the late datagram: %ld\n", r);
	show("MSG_DONTWAIT, empty", recvfrom(sock, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL));

	/* SO_RCVTIMEO: EAGAIN when the time is up ... */
	struct timeval tv = { 0, 200000 }, got;
	show("SO_RCVTIMEO 0.2 s", setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	len = sizeof got;
	getsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &got, &len);
	printf("getsockopt SO_RCVTIMEO: %ld.%06ld len %u\n", (long)got.tv_sec, (long)got.tv_usec, len);
	show("recvfrom with SO_RCVTIMEO", recvfrom(sock, buf, sizeof buf, 0, NULL, NULL));
	/* ... and EINTR, not a restart, even with SA_RESTART (a timed wait). */
	tv.tv_sec = 2; tv.tv_usec = 0;
	setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	alarms = 1;
	catch(SA_RESTART);
	ualarm_ms(100);
	show("SO_RCVTIMEO 2 s, SA_RESTART, alarm: recvfrom", recvfrom(sock, buf, sizeof buf, 0, NULL, NULL));
	printf("then: %ld\n", (long)recvfrom(sock, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL));
	tv.tv_sec = 0; tv.tv_usec = 1000000;
	show("SO_RCVTIMEO usec 1000000", setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	tv.tv_sec = 0; tv.tv_usec = 0;
	show("SO_RCVTIMEO 0 (forever)", setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	show("SO_RCVTIMEO short optlen", setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, 4));
	tv.tv_sec = 0; tv.tv_usec = 100000;
	show("SO_SNDTIMEO 0.1 s", setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));

	/* select() with a timeout (UNP's readable_timeo). */
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(sock, &rs);
	tv.tv_sec = 0; tv.tv_usec = 150000;
	long t0 = now_us();
	r = select(sock + 1, &rs, NULL, NULL, &tv);
	printf("select, nothing: %ld, left %ld.%06ld, set %d\n", r, (long)tv.tv_sec, (long)tv.tv_usec, FD_ISSET(sock, &rs));
	printf("select waited at least 150 ms: %s\n", now_us() - t0 >= 150000 ? "yes" : "no");
	sendto(sock, "x", 1, 0, (struct sockaddr *)&self, sizeof self);
	FD_ZERO(&rs);
	FD_SET(sock, &rs);
	tv.tv_sec = 5; tv.tv_usec = 0;
	r = select(sock + 1, &rs, NULL, NULL, &tv);
	printf("select, a datagram: %ld, set %d, some time left %d\n", r, FD_ISSET(sock, &rs), tv.tv_sec >= 4);
	recvfrom(sock, buf, sizeof buf, 0, NULL, NULL);
	/* A handler with SA_RESTART: select is never restarted. */
	FD_ZERO(&rs);
	FD_SET(sock, &rs);
	tv.tv_sec = 5; tv.tv_usec = 0;
	ualarm_ms(100);
	show("select, alarm, SA_RESTART", select(sock + 1, &rs, NULL, NULL, &tv));
	struct timespec ts = { 0, 100000000 };
	FD_ZERO(&rs);
	FD_SET(sock, &rs);
	show("pselect, nothing", pselect(sock + 1, &rs, NULL, NULL, &ts, NULL));

	struct pollfd pfd = { .fd = sock, .events = POLLIN };
	sendto(sock, "x", 1, 0, (struct sockaddr *)&self, sizeof self);
	show("poll 100 ms, a datagram", poll(&pfd, 1, 100));
	printf("revents %#x\n", pfd.revents);
	ualarm_ms(100);
	show("poll forever, alarm, SA_RESTART", poll(&pfd, 1, -1));
	ualarm_ms(0);		/* poll did not wait: the timer is still on */
	while (recvfrom(sock, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL) > 0)
		;
	/* Nothing pending now: poll waits for the alarm. */
	ualarm_ms(100);
	show("poll forever, nothing, alarm", poll(&pfd, 1, -1));
	t0 = now_us();
	show("poll 100 ms, nothing", poll(&pfd, 1, 100));
	printf("poll waited at least 100 ms: %s\n", now_us() - t0 >= 100000 ? "yes" : "no");
	t0 = now_us();
	alarms = 1;
	ualarm_ms(300);
	show("recvfrom, no SO_RCVTIMEO, alarm 0.3 s", recvfrom(sock, buf, sizeof buf, 0, NULL, NULL));
	printf("the alarm came after at least 0.3 s: %s\n", now_us() - t0 >= 300000 ? "yes" : "no");

	/* Sleeping. */
	show("sleep(0)", sleep(0));
	show("usleep(100000)", usleep(100000));
	/* The time left is 2 s and a few us, or just under 2 s if the
	 * signal is late (glibc rounds it, musl truncates it): 1 or 2. */
	t0 = now_us();
	alarm(1);
	unsigned left = sleep(3);
	printf("sleep(3) under alarm(1): 1 or 2 left: %s\n", left == 1 || left == 2 ? "yes" : "no");
	printf("the alarm came after at least 1 s: %s\n", now_us() - t0 >= 1000000 ? "yes" : "no");
	ts.tv_sec = 3; ts.tv_nsec = 0;
	struct timespec rem = { 0, 0 };
	ualarm_ms(100);
	show("nanosleep 3 s, alarm", nanosleep(&ts, &rem));
	printf("remaining about 2.9 s: %d\n", rem.tv_sec == 2 && rem.tv_nsec > 500000000);
	ts.tv_sec = 0; ts.tv_nsec = 1000000000;
	show("nanosleep tv_nsec 1e9", nanosleep(&ts, NULL));
	ts.tv_sec = -1; ts.tv_nsec = 0;
	show("nanosleep -1 s", nanosleep(&ts, NULL));

	/* UNP 8.11: a connected UDP socket hears of the ICMP port unreachable. */
	int c = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in none = self;
	close(sock);
	show("connect to a closed port", connect(c, (struct sockaddr *)&none, sizeof none));
	show("send", send(c, "hi", 2, 0));
	tv.tv_sec = 1; tv.tv_usec = 0;
	setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	show("recv", recv(c, buf, sizeof buf, 0));
	show("recv again", recv(c, buf, sizeof buf, MSG_DONTWAIT));
	/* Unconnected: the error is not reported (UNP 8.9). */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	show("unconnected sendto", sendto(u, "hi", 2, 0, (struct sockaddr *)&none, sizeof none));
	setsockopt(u, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	tv.tv_sec = 0; tv.tv_usec = 200000;
	setsockopt(u, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	show("unconnected recvfrom", recvfrom(u, buf, sizeof buf, 0, NULL, NULL));
	int e = -1;
	len = sizeof e;
	getsockopt(c, SOL_SOCKET, SO_ERROR, &e, &len);
	printf("SO_ERROR of the connected one now: %d\n", e);
	send(c, "hi", 2, 0);
	usleep(50000);
	getsockopt(c, SOL_SOCKET, SO_ERROR, &e, &len);
	printf("SO_ERROR after another send: %s\n", e ? err(e) : "0");
	close(c);
	close(u);
	printf("dgtimeout: done\n");
	return 0;
}
