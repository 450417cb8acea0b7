/* net/ipv4/devinet.c — the IPv4 addresses of the devices, and the
 * ioctls that read them (SIOCGIFADDR, SIOCGIFNETMASK, SIOCGIFBRDADDR,
 * SIOCGIFDSTADDR) or list them (SIOCGIFCONF, through dev_ifconf).
 *
 * Each device's addresses hang off dev->ip_ptr (struct in_device), one
 * struct in_ifaddr per address, as in Linux.  There is one: lo's
 * 127.0.0.1/8, labelled "lo", which is also what routing assumes
 * (net/ipv4/ip_output.c).  Addresses cannot be changed here: the setters
 * (SIOCSIFADDR ...) are EPERM.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <linux/uaccess.h>
#include <net/ip.h>
#include <uapi/linux/if.h>
#include <uapi/linux/in.h>
#include <uapi/linux/sockios.h>

struct in_ifaddr {
	struct in_ifaddr *ifa_next;
	u32 ifa_local;			/* the address (network order) */
	u32 ifa_address;		/* the peer's, on point-to-point links; else the same */
	u32 ifa_mask;
	u32 ifa_broadcast;		/* 0: none (lo has none) */
	char ifa_label[IFNAMSIZ];	/* "lo", or "lo:1" for an alias */
};

struct in_device {
	struct in_ifaddr *ifa_list;
};

static struct in_ifaddr lo_ifa = { .ifa_label = "lo" };
static struct in_device lo_in_dev = { .ifa_list = &lo_ifa };

void devinet_init(void)
{
	lo_ifa.ifa_local = lo_ifa.ifa_address = htonl(LOOPBACK_ADDR);
	lo_ifa.ifa_mask = htonl(0xff000000);
	loopback_dev.ip_ptr = &lo_in_dev;
}

/* The getters, on an ifreq already copied in.  Linux matches the label
 * and, if the caller put an AF_INET address in ifr_addr, that address
 * first (4.4BSD style), then the label alone; a device without such an
 * address is EADDRNOTAVAIL. */
int devinet_ioctl(unsigned int cmd, struct ifreq *ifr)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)&ifr->ifr_addr;
	struct sockaddr_in orig = *sin;
	struct in_ifaddr *ifa = NULL;
	struct net_device *dev;

	switch (cmd) {
	case SIOCGIFADDR:
	case SIOCGIFBRDADDR:
	case SIOCGIFDSTADDR:
	case SIOCGIFNETMASK:
		memset(sin, 0, sizeof(*sin));
		sin->sin_family = AF_INET;
		break;
	case SIOCSIFADDR:
	case SIOCSIFBRDADDR:
	case SIOCSIFDSTADDR:
	case SIOCSIFNETMASK:
		return -EPERM;
	default:
		return -EINVAL;
	}
	dev = dev_get_by_ifr_name(ifr->ifr_name);
	if (!dev)
		return -ENODEV;
	if (dev->ip_ptr) {
		if (orig.sin_family == AF_INET)
			for (ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->ifa_next)
				if (!strcmp(ifr->ifr_name, ifa->ifa_label) &&
				    orig.sin_addr.s_addr == ifa->ifa_local)
					break;
		if (!ifa)
			for (ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->ifa_next)
				if (!strcmp(ifr->ifr_name, ifa->ifa_label))
					break;
	}
	if (!ifa)
		return -EADDRNOTAVAIL;
	switch (cmd) {
	case SIOCGIFADDR:
		sin->sin_addr.s_addr = ifa->ifa_local;
		break;
	case SIOCGIFBRDADDR:
		sin->sin_addr.s_addr = ifa->ifa_broadcast;
		break;
	case SIOCGIFDSTADDR:
		sin->sin_addr.s_addr = ifa->ifa_address;
		break;
	case SIOCGIFNETMASK:
		sin->sin_addr.s_addr = ifa->ifa_mask;
		break;
	}
	return 0;
}

/* SIOCGIFCONF's part for one device: an ifreq per address while `len`
 * has room for a whole one; with buf NULL, only count.  Bytes written,
 * or -EFAULT. */
int inet_gifconf(struct net_device *dev, char __user *buf, int len, int size)
{
	struct ifreq ifr;
	int done = 0;

	if (!dev->ip_ptr)
		return 0;
	for (struct in_ifaddr *ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->ifa_next) {
		struct sockaddr_in *sin = (struct sockaddr_in *)&ifr.ifr_addr;

		if (!buf) {
			done += size;
			continue;
		}
		if (len < size)
			break;
		memset(&ifr, 0, sizeof(ifr));
		strncpy(ifr.ifr_name, ifa->ifa_label, IFNAMSIZ - 1);
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = ifa->ifa_local;
		if (copy_to_user(buf + done, &ifr, size))
			return -EFAULT;
		len -= size;
		done += size;
	}
	return done;
}
