// Run by the maven-invoker-plugin after the consumer build: proves the c2 BOM and jars were
// resolved from the release profile's staging repository (repository id c2-staging, root
// target/staging-deploy) into the consumer's fresh local repository (target/it-repo), and from
// nowhere else.
def repo = new File(localRepositoryPath, 'org/c2model')
['c2-bom': 'pom', 'c2-core': 'jar', 'c2-metrics': 'jar', 'c2-json': 'jar', 'c2-report': 'jar'].each { id, type ->
  def dir = new File(repo, "${id}/${c2Version}")
  def file = new File(dir, "${id}-${c2Version}.${type}")
  assert file.isFile() : "the consumer did not resolve ${file} into ${localRepositoryPath}"
  // A snapshot resolved from a remote repository leaves that repository's metadata beside it.
  assert new File(dir, 'maven-metadata-c2-staging.xml').isFile() :
      "${id} was not resolved from the staging repository (c2-staging): ${dir.list()}"
}
// Every c2 artifact the consumer holds came from c2-staging: no other repository's metadata or record.
repo.eachFileRecurse { f ->
  if (f.name.startsWith('maven-metadata-') && f.name.endsWith('.xml')) {
    assert f.name == 'maven-metadata-c2-staging.xml' || f.name == 'maven-metadata-local.xml' :
        "a c2 artifact came from another repository: ${f}"
  }
  if (f.name == '_remote.repositories') {
    f.readLines().findAll { !it.startsWith('#') && it.contains('>') }.each { line ->
      assert line.endsWith('>c2-staging=') : "a c2 artifact came from another repository: ${f}: ${line}"
    }
  }
}
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
