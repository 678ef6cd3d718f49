import shutil


class Bootstrapper:
    name = None

    @classmethod
    def pick(cls):
        # A registry by subclassing: the subclasses are found here, never named.
        for sub in cls.__subclasses__():
            if shutil.which(sub.name):
                return sub()
        raise RuntimeError("no package manager")


class AptBootstrapper(Bootstrapper):
    name = "apt-get"

    def install(self, pkg):
        return ["apt-get", "install", "-y", pkg]


class DnfBootstrapper(Bootstrapper):
    name = "dnf"

    def install(self, pkg):
        return ["dnf", "install", "-y", pkg]
