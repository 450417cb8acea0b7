/* Network interfaces as the socket ioctls see them (SIOCGIFFLAGS and
 * friends, include/uapi/linux/sockios.h): struct ifreq names one
 * interface and carries one value; struct ifconf is SIOCGIFCONF's list.
 * Sizes are i386's: an ifreq is 32 bytes. */
#ifndef _UAPI_LINUX_IF_H
#define _UAPI_LINUX_IF_H

#include "socket.h"

#define IFNAMSIZ	16

/* Interface flags (ifr_flags; SIOCGIFFLAGS returns the low 16 bits). */
#define IFF_UP		0x1		/* administratively up */
#define IFF_BROADCAST	0x2
#define IFF_DEBUG	0x4
#define IFF_LOOPBACK	0x8
#define IFF_POINTOPOINT	0x10
#define IFF_NOTRAILERS	0x20
#define IFF_RUNNING	0x40		/* up and able to carry packets */
#define IFF_NOARP	0x80
#define IFF_PROMISC	0x100
#define IFF_ALLMULTI	0x200
#define IFF_MULTICAST	0x1000

/* Hardware types (ifr_hwaddr.sa_family), from if_arp.h. */
#define ARPHRD_ETHER	1
#define ARPHRD_LOOPBACK	772

struct ifmap {
	unsigned long mem_start;
	unsigned long mem_end;
	unsigned short base_addr;
	unsigned char irq;
	unsigned char dma;
	unsigned char port;
};

struct ifreq {
	char ifr_name[IFNAMSIZ];	/* "lo"; "lo:1" names an alias address */
	union {
		struct sockaddr ifru_addr;
		struct sockaddr ifru_dstaddr;
		struct sockaddr ifru_broadaddr;
		struct sockaddr ifru_netmask;
		struct sockaddr ifru_hwaddr;
		short ifru_flags;
		int ifru_ivalue;
		int ifru_mtu;
		struct ifmap ifru_map;
		char ifru_newname[IFNAMSIZ];
		void *ifru_data;
	} ifr_ifru;
};

#define ifr_addr	ifr_ifru.ifru_addr
#define ifr_dstaddr	ifr_ifru.ifru_dstaddr
#define ifr_broadaddr	ifr_ifru.ifru_broadaddr
#define ifr_netmask	ifr_ifru.ifru_netmask
#define ifr_hwaddr	ifr_ifru.ifru_hwaddr
#define ifr_flags	ifr_ifru.ifru_flags
#define ifr_metric	ifr_ifru.ifru_ivalue
#define ifr_mtu		ifr_ifru.ifru_mtu
#define ifr_map		ifr_ifru.ifru_map
#define ifr_ifindex	ifr_ifru.ifru_ivalue
#define ifr_qlen	ifr_ifru.ifru_ivalue

struct ifconf {
	int ifc_len;			/* in: the buffer's size; out: bytes used */
	union {
		char *ifcu_buf;
		struct ifreq *ifcu_req;
	} ifc_ifcu;
};

#define ifc_buf		ifc_ifcu.ifcu_buf
#define ifc_req		ifc_ifcu.ifcu_req

#endif
