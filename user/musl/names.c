/* names: UNP ch. 3 and 11 with numeric names only (there is no
 * /etc/hosts or /etc/services on socket86: no file system yet).
 * inet_pton/inet_ntop/inet_aton/inet_addr and their refusals;
 * getaddrinfo with AI_NUMERICHOST|AI_NUMERICSERV, AI_PASSIVE, a NULL host,
 * a port number as service, and the errors; getnameinfo with
 * NI_NUMERICHOST|NI_NUMERICSERV; gethostbyname of a dotted address.
 * With "lookup NAME": what a name lookup says (no files: it must fail
 * without crashing; not compared, Linux has /etc/hosts).
 * Compared with Linux, musl and glibc. */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static void pton(int af, const char *s)
{
	unsigned char buf[16];
	char back[INET6_ADDRSTRLEN];
	int r = inet_pton(af, s, buf);

	printf("inet_pton(%s, \"%s\"): %d", af == AF_INET ? "AF_INET" : "AF_INET6", s, r);
	if (r == 1)
		printf(" -> %s", inet_ntop(af, buf, back, sizeof back));
	printf("\n");
}

static void gai(const char *host, const char *serv, int flags, int family, int socktype)
{
	struct addrinfo hints, *res, *p;
	int r;

	memset(&hints, 0, sizeof hints);
	hints.ai_flags = flags;
	hints.ai_family = family;
	hints.ai_socktype = socktype;
	r = getaddrinfo(host, serv, &hints, &res);
	printf("getaddrinfo(%s, %s, flags %#x, family %d, type %d): ", host ? host : "NULL",
	       serv ? serv : "NULL", flags, family, socktype);
	if (r) {
		printf("%d\n", r);	/* the EAI_ numbers are the libcs' own */
		return;
	}
	printf("0\n");
	for (p = res; p; p = p->ai_next) {
		char h[64], sv[16];
		int e = getnameinfo(p->ai_addr, p->ai_addrlen, h, sizeof h, sv, sizeof sv,
				    NI_NUMERICHOST | NI_NUMERICSERV);
		printf("  family %d type %d proto %d addrlen %u: %s port %s (getnameinfo %d)\n",
		       p->ai_family, p->ai_socktype, p->ai_protocol, (unsigned)p->ai_addrlen, h, sv, e);
	}
	freeaddrinfo(res);
}

static int dotted(void);

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "dotted"))
		return dotted();
	if (argc == 3 && !strcmp(argv[1], "lookup")) {
		struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *res;
		int r = getaddrinfo(argv[2], "9877", &hints, &res);
		printf("getaddrinfo(\"%s\"): %s\n", argv[2], r ? gai_strerror(r) : "found");
		struct hostent *he = gethostbyname(argv[2]);
		printf("gethostbyname(\"%s\"): %s\n", argv[2], he ? "found" : "NULL");
		return 0;
	}
	pton(AF_INET, "127.0.0.1");
	pton(AF_INET, "192.168.001.1");
	pton(AF_INET, "1.2.3");
	pton(AF_INET, "256.1.1.1");
	pton(AF_INET, "0x7f.0.0.1");
	pton(AF_INET, " 1.2.3.4");
	pton(AF_INET6, "::1");
	pton(AF_INET6, "::ffff:127.0.0.1");
	pton(AF_INET6, "fe80::1:2:3:4:5:6:7:8");
	pton(AF_INET6, "2001:db8::");
	errno = 0;
	printf("inet_pton(AF_UNIX): %d errno %s\n", inet_pton(AF_UNIX, "x", (char[16]){0}),
	       errno == EAFNOSUPPORT ? "EAFNOSUPPORT" : "other");
	char small[4];
	errno = 0;
	struct in_addr a = { htonl(0x7f000001) };
	printf("inet_ntop, small buffer: %s errno %s\n", inet_ntop(AF_INET, &a, small, sizeof small) ? "ok" : "NULL",
	       errno == ENOSPC ? "ENOSPC" : "other");
	struct in_addr b;
	int ok = inet_aton("127.1", &b);
	printf("inet_aton(\"127.1\"): %d -> %s\n", ok, inet_ntoa(b));
	ok = inet_aton("0x7f.1", &b);
	printf("inet_aton(\"0x7f.1\"): %d -> %s\n", ok, inet_ntoa(b));
	printf("inet_addr(\"255.255.255.255\"): %#x\n", (unsigned)inet_addr("255.255.255.255"));
	printf("inet_addr(\"bogus\"): %#x\n", (unsigned)inet_addr("bogus"));

	gai("127.0.0.1", "9877", AI_NUMERICHOST | AI_NUMERICSERV, AF_INET, SOCK_STREAM);
	gai("127.0.0.1", "9877", AI_NUMERICHOST | AI_NUMERICSERV, AF_UNSPEC, 0);
	gai(NULL, "9877", AI_PASSIVE | AI_NUMERICSERV, AF_INET, SOCK_DGRAM);
	gai(NULL, "9877", AI_NUMERICSERV, AF_INET, SOCK_STREAM);
	gai("::1", "80", AI_NUMERICHOST | AI_NUMERICSERV, AF_INET6, SOCK_STREAM);
	gai("10.1.2.3", NULL, AI_NUMERICHOST, AF_INET, SOCK_DGRAM);
	gai("127.0.0.1", "0", AI_NUMERICHOST | AI_NUMERICSERV, AF_INET, SOCK_STREAM);
	int r1, r2, r3, r4;
	struct addrinfo h = { .ai_flags = AI_NUMERICHOST, .ai_family = AF_INET }, *res;
	r1 = getaddrinfo("not.a.number", "80", &h, &res);
	h.ai_flags = AI_NUMERICSERV;
	r2 = getaddrinfo("127.0.0.1", "http", &h, &res);
	r3 = getaddrinfo(NULL, NULL, &h, &res);
	h.ai_family = 12345;
	r4 = getaddrinfo("127.0.0.1", "80", &h, &res);
	printf("errors: NUMERICHOST name %s, NUMERICSERV name %s, no host nor service %s, bad family %s\n",
	       r1 == EAI_NONAME ? "EAI_NONAME" : "other", r2 == EAI_NONAME ? "EAI_NONAME" : "other",
	       r3 == EAI_NONAME ? "EAI_NONAME" : "other", r4 == EAI_FAMILY ? "EAI_FAMILY" : "other");

	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(9877), .sin_addr = a };
	char host[64], serv[16];
	int e = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv, sizeof serv,
			    NI_NUMERICHOST | NI_NUMERICSERV);
	printf("getnameinfo numeric: %d %s %s\n", e, host, serv);
	e = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, NULL, 0, NI_NUMERICHOST | NI_NAMEREQD);
	printf("getnameinfo NI_NAMEREQD with NI_NUMERICHOST: %s\n", e == 0 ? "0" : "error");

	printf("names: done\n");
	return 0;
}

/* gethostbyname of a dotted address needs no lookup, but glibc first
 * reads /etc/resolv.conf, and takes only ENOENT-like errors for "none". */
static int dotted(void)
{
	struct hostent *he = gethostbyname("127.0.0.1");
	if (he) {
		printf("gethostbyname(\"127.0.0.1\"): name %s, type %d, length %d, addresses:", he->h_name,
		       he->h_addrtype, he->h_length);
		for (char **p = he->h_addr_list; *p; p++)
			printf(" %s", inet_ntoa(*(struct in_addr *)*p));
		printf("\n");
	} else
		printf("gethostbyname(\"127.0.0.1\"): NULL\n");
	printf("names: done\n");
	return 0;
}
