/* Socket address and message structures (i386 layout) and the families,
 * types, flags and option names that socket system calls take.  Numbers
 * are Linux's so programs built against glibc or musl work unchanged. */
#ifndef _UAPI_LINUX_SOCKET_H
#define _UAPI_LINUX_SOCKET_H

#include "types.h"
#include "uio.h"
#include "../asm/fcntl.h"

typedef unsigned short     sa_family_t;
typedef __kernel_socklen_t socklen_t;

struct sockaddr {
	sa_family_t sa_family;
	char        sa_data[14];
};

/* Big and aligned enough for any address family. */
struct sockaddr_storage {
	sa_family_t ss_family;
	char        __ss_data[128 - sizeof(sa_family_t)];
} __attribute__((aligned(sizeof(void *))));

/* On i386 every field is 4 bytes: 28 bytes in all. */
struct msghdr {
	void            *msg_name;       /* optional peer address */
	int              msg_namelen;
	struct iovec    *msg_iov;
	__kernel_size_t  msg_iovlen;
	void            *msg_control;    /* ancillary data (cmsghdr list) */
	__kernel_size_t  msg_controllen;
	unsigned int     msg_flags;
};

struct mmsghdr {
	struct msghdr msg_hdr;
	unsigned int  msg_len;           /* bytes sent/received, set by kernel */
};

struct cmsghdr {
	__kernel_size_t cmsg_len;        /* header + data, before padding */
	int             cmsg_level;
	int             cmsg_type;
};

#define CMSG_ALIGN(len) (((len) + sizeof(long) - 1) & ~(sizeof(long) - 1))
#define CMSG_DATA(c)    ((unsigned char *)(c) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_SPACE(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(len))
#define CMSG_LEN(len)   (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_FIRSTHDR(m) ((m)->msg_controllen >= sizeof(struct cmsghdr) ? \
			  (struct cmsghdr *)(m)->msg_control : (struct cmsghdr *)0)

#define SCM_RIGHTS      1   /* cmsg_type: pass file descriptors */
#define SCM_CREDENTIALS 2

struct ucred {
	__u32 pid;
	__u32 uid;
	__u32 gid;
};

struct linger {
	int l_onoff;
	int l_linger;   /* seconds */
};

/* Address families; PF_ is the same number under its historical name. */
#define AF_UNSPEC   0
#define AF_UNIX     1
#define AF_LOCAL    AF_UNIX
#define AF_INET     2
#define AF_INET6   10
#define AF_NETLINK 16
#define AF_PACKET  17
#define AF_MAX     46
#define PF_UNSPEC  AF_UNSPEC
#define PF_UNIX    AF_UNIX
#define PF_LOCAL   AF_LOCAL
#define PF_INET    AF_INET
#define PF_INET6   AF_INET6
#define PF_NETLINK AF_NETLINK
#define PF_PACKET  AF_PACKET
#define PF_MAX     AF_MAX

/* Socket types.  The high bits of the type argument carry flags that
 * reuse the O_ values, so the kernel masks with SOCK_TYPE_MASK. */
#define SOCK_STREAM    1
#define SOCK_DGRAM     2
#define SOCK_RAW       3
#define SOCK_RDM       4
#define SOCK_SEQPACKET 5
#define SOCK_PACKET   10
#define SOCK_TYPE_MASK 0xf
#define SOCK_NONBLOCK  O_NONBLOCK
#define SOCK_CLOEXEC   O_CLOEXEC

/* send/recv flags */
#define MSG_OOB          0x00000001
#define MSG_PEEK         0x00000002
#define MSG_DONTROUTE    0x00000004
#define MSG_CTRUNC       0x00000008
#define MSG_PROBE        0x00000010
#define MSG_TRUNC        0x00000020
#define MSG_DONTWAIT     0x00000040
#define MSG_EOR          0x00000080
#define MSG_WAITALL      0x00000100
#define MSG_FIN          0x00000200
#define MSG_SYN          0x00000400
#define MSG_CONFIRM      0x00000800
#define MSG_RST          0x00001000
#define MSG_ERRQUEUE     0x00002000
#define MSG_NOSIGNAL     0x00004000
#define MSG_MORE         0x00008000
#define MSG_WAITFORONE   0x00010000
#define MSG_BATCH        0x00040000
#define MSG_ZEROCOPY     0x04000000
#define MSG_FASTOPEN     0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

/* setsockopt/getsockopt levels and SOL_SOCKET options */
#define SOL_SOCKET      1
#define SOL_IP          0
#define SOL_TCP         6
#define SOL_UDP        17

#define SO_DEBUG        1
#define SO_REUSEADDR    2
#define SO_TYPE         3
#define SO_ERROR        4
#define SO_DONTROUTE    5
#define SO_BROADCAST    6
#define SO_SNDBUF       7
#define SO_RCVBUF       8
#define SO_KEEPALIVE    9
#define SO_OOBINLINE   10
#define SO_NO_CHECK    11
#define SO_PRIORITY    12
#define SO_LINGER      13
#define SO_BSDCOMPAT   14
#define SO_REUSEPORT   15
#define SO_PASSCRED    16
#define SO_PEERCRED    17
#define SO_RCVLOWAT    18
#define SO_SNDLOWAT    19
#define SO_RCVTIMEO    20   /* 32-bit struct timeval ("_OLD" in Linux) */
#define SO_SNDTIMEO    21
#define SO_ACCEPTCONN  30
#define SO_SNDBUFFORCE 32
#define SO_RCVBUFFORCE 33
#define SO_PROTOCOL    38
#define SO_DOMAIN      39

/* shutdown(how) */
#define SHUT_RD   0
#define SHUT_WR   1
#define SHUT_RDWR 2

#define SOMAXCONN 4096    /* listen() backlog ceiling */

#endif
